package uk.harbour.cases.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.cases.CaseActivity;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.CaseSummary;
import uk.harbour.cases.Cases;
import uk.harbour.cases.ItemWrite;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;

/**
 * The one living multi-agency plan of each case: its sections, actions, progress measures, reviews
 * and the young person's own version with their comments. Every read and change checks the case's
 * access policy and is audited.
 */
@Service
public class Plans {

  static final String AUDIT_DETAIL = "plan";

  private final PlanRepository store;
  private final PlanItemRepository items;
  private final PlanReviewRepository reviews;
  private final PlanViews views;
  private final Cases cases;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final PlanProperties properties;

  Plans(
      PlanRepository store,
      PlanItemRepository items,
      PlanReviewRepository reviews,
      PlanViews views,
      Cases cases,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      Clock clock,
      PlanProperties properties) {
    this.store = store;
    this.items = items;
    this.reviews = reviews;
    this.views = views;
    this.cases = cases;
    this.currentUser = currentUser;
    this.events = events;
    this.clock = clock;
    this.properties = properties;
  }

  /** The plan; audited as a view (or, for the PDF, an export) of the case. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  public PlanView view(CaseId caseId, AuditAction action) {
    CaseSummary kase = cases.requireCase(caseId, action);
    PlanView plan = views.of(kase);
    // published last, so the audit chain's lock is held only until this transaction commits
    events.publishEvent(
        Audited.succeeded(action, Cases.RECORD_TYPE, caseId).withDetail(AUDIT_DETAIL));
    return plan;
  }

  /**
   * Saves the section texts; {@link StaleRecordException} if someone saved since it opened. A
   * finalised plan keeps a disruption action or a reason why none yet: clearing the reason with no
   * disruption action is refused ({@link DisruptionRequiredException}) and nothing is written.
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  public void saveTexts(
      CaseId caseId, int openedVersion, Map<String, String> texts, String noDisruptionReason) {
    cases.requireCaseToChange(caseId);
    Instant now = clock.instant();
    boolean existed = store.header(caseId).isPresent();
    UUID planId = store.ensure(caseId, now, editor());
    PlanRepository.Header locked = store.lock(planId);
    if (locked.finalisedAt() != null
        && blank(noDisruptionReason)
        && items.actions(planId).stream().noneMatch(a -> a.section() == PlanSection.DISRUPTION)) {
      throw new DisruptionRequiredException("noDisruptionReason");
    }
    int expected = existed ? openedVersion : 1;
    if (existed && openedVersion == 0
        || !store.saveTexts(planId, expected, texts, noDisruptionReason, now, editor())) {
      PlanRepository.Header current = store.header(caseId).orElseThrow();
      throw new StaleRecordException(current.updatedByName(), current.updatedAt());
    }
    changed(caseId, now, "Plan changed", PlanChanged.Change.SAVED);
  }

  /**
   * Finalises the plan, if its disruption section has an action or a reason why none yet: for the
   * first time, or again after it changed since it was last finalised.
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  public FinaliseOutcome finalise(CaseId caseId) {
    PlanView plan = views.of(cases.requireCaseToChange(caseId));
    if (!plan.disruptionReady()) {
      return FinaliseOutcome.DISRUPTION_MISSING;
    }
    Instant now = clock.instant();
    UUID planId = store.ensure(caseId, now, editor());
    if (!store.finalise(planId, now, editor())) {
      return FinaliseOutcome.ALREADY_FINALISED;
    }
    changed(
        caseId,
        now,
        plan.finalised() ? "Plan finalised again after changes" : "Plan finalised",
        PlanChanged.Change.FINALISED);
    return FinaliseOutcome.FINALISED;
  }

  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  public void addAction(CaseId caseId, PlanAction action, UUID requestKey) {
    cases.requireCaseToChange(caseId);
    Instant now = clock.instant();
    UUID planId = store.ensure(caseId, now, editor());
    if (added(
        caseId,
        "plan action form",
        requestKey,
        items.addAction(planId, action, requestKey, now, editor().name()))) {
      store.touch(planId, now, editor());
      changed(caseId, now, "Plan action added: " + action.what(), PlanChanged.Change.ACTION_ADDED);
    }
  }

  /** Saves an action; {@link StaleRecordException} if someone saved it since it was opened. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  public void updateAction(CaseId caseId, PlanAction action) {
    cases.requireCaseToChange(caseId);
    Instant now = clock.instant();
    UUID planId = planId(caseId).orElseThrow(() -> notInCase(caseId, action.id()));
    PlanRepository.Header locked = store.lock(planId);
    if (locked.finalisedAt() != null
        && action.section() != PlanSection.DISRUPTION
        && blank(locked.noDisruptionReason())
        && items.actions(planId).stream()
            .noneMatch(a -> a.section() == PlanSection.DISRUPTION && !a.id().equals(action.id()))) {
      throw new DisruptionRequiredException("section");
    }
    ItemWrite write =
        cases.require(
            items.updateAction(planId, action, now, editor().name()),
            caseId,
            "plan action",
            action.id());
    if (write == ItemWrite.CHANGED_SINCE) {
      PlanItemRepository.Changed changed =
          items
              .actionChanged(planId, action.id())
              .orElseThrow(() -> notInCase(caseId, action.id()));
      throw new StaleRecordException(changed.byName(), changed.at());
    }
    store.touch(planId, now, editor());
    changed(
        caseId, now, "Plan action updated: " + action.what(), PlanChanged.Change.ACTION_CHANGED);
  }

  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  public void addMeasure(CaseId caseId, String name, UUID requestKey) {
    cases.requireCaseToChange(caseId);
    Instant now = clock.instant();
    UUID planId = store.ensure(caseId, now, editor());
    if (added(
        caseId,
        "progress measure form",
        requestKey,
        items.addMeasure(planId, name, requestKey, now, editor().name()))) {
      changed(caseId, now, "Progress measure chosen: " + name, PlanChanged.Change.MEASURE_ADDED);
    }
  }

  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  public void recordMeasure(
      CaseId caseId, UUID measureId, LocalDate on, int value, String note, UUID requestKey) {
    cases.requireCaseToChange(caseId);
    Instant now = clock.instant();
    Measure.Point point = new Measure.Point(on, value, note, editor().name());
    UUID planId =
        planId(caseId)
            .filter(plan -> items.measureInPlan(plan, measureId))
            .orElseThrow(() -> cases.notInCase(caseId, "progress measure", measureId));
    if (added(
        caseId,
        "progress measure form",
        requestKey,
        items.recordPoint(planId, measureId, point, requestKey, now))) {
      events.publishEvent(new PlanChanged(caseId, PlanChanged.Change.MEASURE_RECORDED));
    }
  }

  /** Records a review; without a chosen date the next one is the configured interval later. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  public void addReview(CaseId caseId, Review review, UUID requestKey) {
    cases.requireCaseToChange(caseId);
    Instant now = clock.instant();
    UUID planId = store.ensure(caseId, now, editor());
    LocalDate next =
        review.nextReviewOn() != null ? review.nextReviewOn() : nextReviewAfter(review.heldOn());
    ItemWrite added =
        reviews.addReview(
            planId,
            new Review(
                review.heldOn(),
                review.attendees(),
                review.attendanceNotes(),
                review.youngPersonPart(),
                review.youngPersonViews(),
                review.familyPart(),
                review.familyViews(),
                review.decisions(),
                next,
                editor().name()),
            requestKey,
            now);
    if (added(caseId, "plan review form", requestKey, added)) {
      events.publishEvent(new PlanChanged(caseId, PlanChanged.Change.REVIEW_RECORDED));
      events.publishEvent(
          new CaseActivity(
              caseId, CaseActivity.Kind.REVIEW, "Plan review held", now, link(caseId)));
    }
  }

  /** Days from one review to the next, unless the meeting chooses a date. */
  public int reviewIntervalDays() {
    return properties.reviewIntervalDays();
  }

  /** The default date of the next review after one held on {@code heldOn}. */
  public LocalDate nextReviewAfter(LocalDate heldOn) {
    return views.nextReviewAfter(heldOn);
  }

  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  public void addComment(CaseId caseId, String comment, String howGathered, UUID requestKey) {
    cases.requireCaseToChange(caseId);
    Instant now = clock.instant();
    UUID planId = store.ensure(caseId, now, editor());
    if (added(
        caseId,
        "plan comment form",
        requestKey,
        reviews.addComment(
            planId, new PlanComment(comment, howGathered, now, editor().name()), requestKey))) {
      events.publishEvent(new PlanChanged(caseId, PlanChanged.Change.YOUNG_PERSONS_COMMENT));
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private Optional<UUID> planId(CaseId caseId) {
    return store.header(caseId).map(PlanRepository.Header::id);
  }

  /**
   * The plan's action with this id, for its form; an id that is not one of this case's plan actions
   * is refused as not found, audited.
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  public PlanAction action(CaseId caseId, PlanView plan, String actionId) {
    return plan.actions().stream()
        .filter(a -> a.id().toString().equals(actionId))
        .findFirst()
        .orElseThrow(() -> notInCase(caseId, actionId));
  }

  /**
   * Whether an insert carrying a form's key wrote now (false: the form was sent twice); a key of
   * another case's form is refused as not found, audited.
   */
  private boolean added(CaseId caseId, String form, UUID requestKey, ItemWrite write) {
    return cases.require(write, caseId, form, requestKey).done();
  }

  private RecordNotFoundException notInCase(CaseId caseId, Object actionId) {
    return cases.notInCase(caseId, "plan action", actionId);
  }

  private void changed(CaseId caseId, Instant now, String summary, PlanChanged.Change change) {
    events.publishEvent(new PlanChanged(caseId, change));
    events.publishEvent(
        new CaseActivity(caseId, CaseActivity.Kind.PLAN, summary, now, link(caseId)));
  }

  private PlanRepository.Editor editor() {
    HarbourUser me = currentUser.require();
    return new PlanRepository.Editor(me.id(), me.displayName());
  }

  static String link(CaseId caseId) {
    return "/cases/" + caseId + "/plan";
  }
}
