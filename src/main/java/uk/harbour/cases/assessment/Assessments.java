package uk.harbour.cases.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.cases.CaseActivity;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.CaseSummary;
import uk.harbour.cases.Cases;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;

/**
 * Needs-led assessments of a young person's case: a working copy practitioners edit, submitted
 * versions kept unchanged, and a manager's sign-off. Every read and change checks the case's access
 * policy and is audited. Nothing here counts, sums, bands or colours indicator prompts.
 */
@Service
public class Assessments {

  static final String AUDIT_DETAIL = "assessment";

  private final AssessmentRepository store;
  private final Cases cases;
  private final CurrentUser currentUser;
  private final Directory directory;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final AssessmentProperties properties;

  Assessments(
      AssessmentRepository store,
      Cases cases,
      CurrentUser currentUser,
      Directory directory,
      ApplicationEventPublisher events,
      Clock clock,
      AssessmentProperties properties) {
    this.store = store;
    this.cases = cases;
    this.currentUser = currentUser;
    this.directory = directory;
    this.events = events;
    this.clock = clock;
    this.properties = properties;
  }

  /** The assessment's overview; audited as a view of the case. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  AssessmentView view(CaseId caseId) {
    return view(caseId, AuditAction.VIEW);
  }

  /** The assessment; audited as a view or (for the PDF) an export of the case. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  AssessmentView view(CaseId caseId, AuditAction action) {
    return view(caseId, action, AUDIT_DETAIL);
  }

  private AssessmentView view(CaseId caseId, AuditAction action, String detail) {
    CaseSummary kase = cases.requireCase(caseId, action);
    events.publishEvent(Audited.succeeded(action, Cases.RECORD_TYPE, caseId).withDetail(detail));
    return build(kase);
  }

  /**
   * One version of the assessment, for the family summary and the PDF: {@code 0} the working copy
   * (a draft), a number that submitted version, or null for the latest signed-off version (the
   * working copy if none is signed off). Audited, naming the version, as a view or an export.
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  ShownVersion shown(CaseId caseId, Integer number, AuditAction action) {
    CaseSummary kase = cases.requireCase(caseId, action);
    AssessmentView view = build(kase);
    int chosen =
        number != null
            ? number
            : view.versions().stream()
                .filter(AssessmentVersion::signedOff)
                .mapToInt(AssessmentVersion::number)
                .findFirst()
                .orElse(0);
    ShownVersion shown;
    if (chosen == 0) {
      shown = new ShownVersion(view, 0, view.content(), null);
    } else {
      AssessmentVersion version =
          view.versions().stream()
              .filter(v -> v.number() == chosen)
              .findFirst()
              .orElseThrow(() -> new RecordNotFoundException("assessment"));
      UUID id = store.working(caseId, false).orElseThrow().id();
      shown = new ShownVersion(view, chosen, store.versionContent(id, version), version);
    }
    events.publishEvent(
        Audited.succeeded(action, Cases.RECORD_TYPE, caseId)
            .withDetail(AUDIT_DETAIL + (chosen == 0 ? " working copy" : " version " + chosen)));
    return shown;
  }

  /** The date the case's assessment is due: working days after the case opened. */
  public LocalDate dueOn(CaseSummary kase) {
    LocalDate opened = LocalDate.ofInstant(kase.openedAt(), DisplayDates.ZONE);
    return WorkingDays.after(opened, properties.dueWorkingDays());
  }

  /**
   * Saves the working copy if nobody has saved it since the user opened it ({@code openedVersion},
   * 0 for a new assessment); otherwise throws {@link StaleRecordException} and nothing is written.
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  public int save(CaseId caseId, int openedVersion, AssessmentContent content) {
    cases.requireCaseToChange(caseId);
    Instant now = clock.instant();
    AssessmentRepository.Editor by = editor();
    Optional<WorkingCopy> working = store.working(caseId, false);
    boolean saved;
    if (working.isEmpty()) {
      saved = openedVersion == 0 && store.create(UUID.randomUUID(), caseId, content, now, by);
    } else {
      saved = store.update(working.get().id(), openedVersion, content, now, by);
    }
    if (!saved) {
      WorkingCopy current = store.working(caseId, false).orElseThrow();
      throw new StaleRecordException(current.updatedByName(), current.updatedAt());
    }
    events.publishEvent(new AssessmentChanged(caseId, AssessmentChanged.Change.SAVED, 0));
    if (working.isEmpty()) {
      events.publishEvent(
          new CaseActivity(
              caseId, CaseActivity.Kind.ASSESSMENT, "Assessment started", now, link(caseId)));
    }
    return store.working(caseId, false).orElseThrow().version();
  }

  /**
   * Submits the working copy, as the user last saw it, as a new version for sign-off. Submitting
   * the same working copy twice makes one version.
   *
   * @return the version's number
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  public int submit(CaseId caseId, int seenVersion) {
    cases.requireCaseToChange(caseId);
    WorkingCopy working =
        store
            .working(caseId, true)
            .orElseThrow(
                () ->
                    new AssessmentNotReadyException(List.of("assessment.submit.error.notStarted")));
    Optional<Integer> already = store.versionFromDraft(working.id(), seenVersion);
    if (already.isPresent()) {
      return already.get();
    }
    if (working.version() != seenVersion) {
      throw new StaleRecordException(working.updatedByName(), working.updatedAt());
    }
    List<String> missing = new ArrayList<>();
    if (working.content().levelOfResponse() == null) {
      missing.add("assessment.submit.error.level");
    }
    if (working.content().text(Narrative.LEVEL_REASONS).isBlank()) {
      missing.add("assessment.submit.error.reasons");
    }
    if (!missing.isEmpty()) {
      throw new AssessmentNotReadyException(missing);
    }
    Instant now = clock.instant();
    int number = store.addVersion(working, now, editor());
    events.publishEvent(new AssessmentChanged(caseId, AssessmentChanged.Change.SUBMITTED, number));
    events.publishEvent(
        new CaseActivity(
            caseId,
            CaseActivity.Kind.ASSESSMENT,
            "Assessment version " + number + " submitted for sign-off",
            now,
            link(caseId)));
    return number;
  }

  /**
   * Signs off a submitted version: only a team manager who manages the practitioner who submitted
   * it, and never that practitioner. A version number the case does not have is refused as not
   * found, audited.
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  public void signOff(CaseId caseId, int number, String note) {
    cases.requireCaseToChange(caseId);
    WorkingCopy working =
        store
            .working(caseId, true)
            .orElseThrow(() -> cases.notInCase(caseId, "assessment version", number));
    AssessmentVersion version =
        store.versions(working.id()).stream()
            .filter(v -> v.number() == number)
            .findFirst()
            .orElseThrow(() -> cases.notInCase(caseId, "assessment version", number));
    if (!maySignOff(version)) {
      events.publishEvent(
          Audited.denied(AuditAction.ACCESS_DENIED, Cases.RECORD_TYPE, caseId)
              .withDetail(AUDIT_DETAIL + " sign-off"));
      throw new AccessDeniedException("Only the submitter's manager may sign off");
    }
    if (note != null && note.length() > Narrative.MAX_LENGTH) {
      throw new AssessmentNotReadyException(List.of("assessment.signOff.error.tooLong"));
    }
    Instant now = clock.instant();
    if (store.signOff(working.id(), number, note, now, editor())) {
      events.publishEvent(
          new AssessmentChanged(caseId, AssessmentChanged.Change.SIGNED_OFF, number));
      events.publishEvent(
          new CaseActivity(
              caseId,
              CaseActivity.Kind.ASSESSMENT,
              "Assessment version " + number + " signed off by a manager",
              now,
              link(caseId)));
    }
  }

  /** Whether the signed-in user may sign off the case's latest version. */
  boolean maySignOff(AssessmentVersion version) {
    HarbourUser me = currentUser.require();
    if (version.signedOff()
        || !me.has(Role.TEAM_MANAGER)
        || me.id().equals(version.submittedBy())) {
      return false;
    }
    return directory
        .findUser(version.submittedBy())
        .map(UserSummary::managerId)
        .map(me.id()::equals)
        .orElse(false);
  }

  /**
   * Two versions side by side (0 is the working copy); audited as a view of the case. Without a
   * choice, the working copy is compared with the latest version.
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  public Comparison compare(CaseId caseId, Integer from, Integer to) {
    AssessmentView view = view(caseId);
    WorkingCopy working =
        store.working(caseId, false).orElseThrow(() -> new RecordNotFoundException("assessment"));
    int newest = view.latest() == null ? 0 : view.latest().number();
    int right = to == null ? 0 : to;
    int left = from == null ? (right == 0 ? newest : Math.max(right - 1, 0)) : from;
    return new Comparison(
        view, left, right, contentOf(working, view, left), contentOf(working, view, right));
  }

  /** Records that something new happened on the case, so its assessment should be reviewed. */
  @Transactional
  public void promptReview(CaseId caseId, String why) {
    store.promptReview(caseId, why, clock.instant());
  }

  private AssessmentContent contentOf(WorkingCopy working, AssessmentView view, int number) {
    if (number == 0) {
      return working.content();
    }
    return view.versions().stream()
        .filter(v -> v.number() == number)
        .findFirst()
        .map(v -> store.versionContent(working.id(), v))
        .orElseThrow(() -> new RecordNotFoundException("assessment"));
  }

  private AssessmentView build(CaseSummary kase) {
    Optional<WorkingCopy> working = store.working(kase.id(), false);
    List<AssessmentVersion> versions = working.map(w -> store.versions(w.id())).orElse(List.of());
    LocalDate due = dueOn(kase);
    LocalDate today = LocalDate.now(clock.withZone(DisplayDates.ZONE));
    boolean signedOff = versions.stream().anyMatch(AssessmentVersion::signedOff);
    List<String> prompts = new ArrayList<>();
    AssessmentVersion latest = versions.isEmpty() ? null : versions.get(0);
    if (latest != null) {
      prompts.addAll(store.concernsSince(kase.id(), latest.submittedAt()));
      working.map(WorkingCopy::reviewPrompt).ifPresent(prompts::add);
    }
    boolean submittable =
        working.isPresent()
            && (latest == null
                || !store
                    .versionContent(working.get().id(), latest)
                    .equals(working.get().content()));
    LocalDate reviewDue =
        working
            .map(WorkingCopy::reviewPromptedAt)
            .filter(at -> latest != null)
            .map(this::reviewDueAfter)
            .orElse(null);
    return new AssessmentView(
        kase,
        working.map(WorkingCopy::content).orElse(AssessmentContent.empty()),
        working.map(WorkingCopy::version).orElse(0),
        working.map(WorkingCopy::updatedAt).orElse(null),
        working.map(WorkingCopy::updatedByName).orElse(null),
        versions,
        due,
        !signedOff && today.isAfter(due),
        prompts,
        submittable,
        latest != null && maySignOff(latest),
        reviewDue,
        reviewDue != null && today.isAfter(reviewDue));
  }

  /** When a review prompted at {@code promptedAt} is due: working days after it. */
  public LocalDate reviewDueAfter(Instant promptedAt) {
    return WorkingDays.after(
        LocalDate.ofInstant(promptedAt, DisplayDates.ZONE), properties.reviewDueWorkingDays());
  }

  /** Working days from a prompt to the review being due, for SQL work lists. */
  public int reviewDueWorkingDays() {
    return properties.reviewDueWorkingDays();
  }

  /** Working days from opening a case to its first assessment being due, for SQL work lists. */
  public int dueWorkingDays() {
    return properties.dueWorkingDays();
  }

  private AssessmentRepository.Editor editor() {
    HarbourUser me = currentUser.require();
    return new AssessmentRepository.Editor(me.id(), me.displayName());
  }

  static String link(CaseId caseId) {
    return "/cases/" + caseId + "/assessment";
  }

  /** Two versions of one assessment; 0 is the working copy. */
  public record Comparison(
      AssessmentView view,
      int from,
      int to,
      AssessmentContent fromContent,
      AssessmentContent toContent) {}
}
