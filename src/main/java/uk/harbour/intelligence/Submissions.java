package uk.harbour.intelligence;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;

/**
 * A practitioner's side of partner intelligence: drafts saved as they go, submission with a receipt
 * (once, however often it is sent), their own list, and what each person may see of a submission.
 */
@Service
class Submissions {

  static final int LIST_LIMIT = 200;
  private static final String ALPHABET = "34679ACDEFGHJKMNPRTVWXY";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SubmissionRepository repository;
  private final MentionRepository mentions;
  private final CurrentUser currentUser;
  private final Children children;
  private final List<IntelligenceSource> sources;
  private final IntelligenceProperties properties;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Submissions(
      SubmissionRepository repository,
      MentionRepository mentions,
      CurrentUser currentUser,
      Children children,
      List<IntelligenceSource> sources,
      IntelligenceProperties properties,
      Clock clock,
      ApplicationEventPublisher events) {
    this.repository = repository;
    this.mentions = mentions;
    this.currentUser = currentUser;
    this.children = children;
    this.sources = sources;
    this.properties = properties;
    this.clock = clock;
    this.events = events;
  }

  /** The children the user may name by their record: their own young people, and the source's. */
  @Transactional
  List<ChildRecord> offeredChildren(List<ChildId> alsoThese) {
    Set<ChildId> ids = new LinkedHashSet<>(alsoThese);
    children.inMyTeams(LIST_LIMIT).forEach(c -> ids.add(c.id()));
    return children.visibleAmong(ids, "children offered for intelligence");
  }

  /** Those of these children the user may see (the others are not named); audited. */
  @Transactional
  List<ChildRecord> visible(List<ChildId> ids) {
    return ids.isEmpty()
        ? List.of()
        : children.visibleAmong(ids, "children an intelligence submission is about");
  }

  /** What a new submission from this record starts with, if the user may see the record. */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  Optional<IntelligenceSource.Prefill> prefill(String kind, UUID recordId) {
    return sources.stream()
        .filter(s -> s.kind().equals(kind))
        .findFirst()
        .flatMap(s -> s.prefill(recordId));
  }

  @Transactional
  UUID startDraft(SubmissionDraft draft, @Nullable String sourceKind, @Nullable UUID sourceId) {
    HarbourUser author = currentUser.require();
    UUID id = UUID.randomUUID();
    repository.insertDraft(
        id,
        reference(),
        author,
        draft,
        sourceKind == null ? null : sourceKind.toUpperCase(java.util.Locale.ROOT),
        sourceId,
        clock.instant(),
        UUID.randomUUID());
    events.publishEvent(
        new IntelligenceChanged(id, IntelligenceChanged.Change.DRAFT_STARTED, draft.children()));
    return id;
  }

  @Transactional
  void saveDraft(UUID id, int version, SubmissionDraft draft) {
    Submission submission = ownDraft(id);
    if (!repository.updateDraft(id, version, draft, clock.instant())) {
      throw new StaleRecordException(submission.submittedByName(), submission.createdAt());
    }
    events.publishEvent(
        new IntelligenceChanged(id, IntelligenceChanged.Change.DRAFT_SAVED, draft.children()));
  }

  /**
   * Submits the draft as saved at {@code version}. Sending it again after it was submitted changes
   * nothing (the receipt shows again); a draft changed since is stale.
   */
  @Transactional
  void submit(UUID id, int version, SubmissionDraft draft) {
    Submission submission = ownDraft(id);
    Instant now = clock.instant();
    Instant deadline = draft.riskNow() ? now.plus(properties.riskNowDeadline()) : null;
    if (!repository.updateDraft(id, version, draft, now)
        || !repository.submit(id, version + 1, now, deadline, !draft.identifiesAnything())) {
      throw new StaleRecordException(submission.submittedByName(), submission.createdAt());
    }
    events.publishEvent(
        new IntelligenceChanged(
            id,
            draft.riskNow()
                ? IntelligenceChanged.Change.SUBMITTED_RISK_NOW
                : IntelligenceChanged.Change.SUBMITTED,
            draft.children()));
  }

  /** The submission and how much of it the user may see; the view is audited. */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  Seen view(UUID id) {
    HarbourUser user = currentUser.require();
    Submission submission = repository.find(id).orElse(null);
    if (submission == null) {
      events.publishEvent(
          Audited.denied(AuditAction.VIEW, IntelligenceAccess.SUBMISSION, id)
              .withReason("no such submission"));
      throw new RecordNotFoundException(IntelligenceAccess.SUBMISSION);
    }
    IntelligenceAccess.View view;
    try {
      view = IntelligenceAccess.viewOf(user, submission);
    } catch (RecordNotFoundException refused) {
      events.publishEvent(
          Audited.denied(AuditAction.VIEW, IntelligenceAccess.SUBMISSION, id)
              .withReason("not the submitter, the intelligence unit or on duty"));
      throw refused;
    }
    List<ChildId> about = repository.children(id);
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, IntelligenceAccess.SUBMISSION, id)
            .withDetail(view.name().toLowerCase(java.util.Locale.ROOT) + " view")
            .withChildren(about));
    return new Seen(submission, view, mentions.of(id), about);
  }

  /** The user's own submissions, newest first. */
  @Transactional
  List<Submission> mine() {
    HarbourUser user = currentUser.require();
    List<Submission> mine = repository.by(user.id(), LIST_LIMIT);
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, IntelligenceAccess.SUBMISSION, null)
            .withDetail("own submissions, results " + mine.size()));
    return mine;
  }

  private Submission ownDraft(UUID id) {
    HarbourUser user = currentUser.require();
    Submission submission =
        repository
            .find(id)
            .filter(s -> s.submittedBy().equals(user.id()))
            .orElseThrow(() -> new RecordNotFoundException(IntelligenceAccess.SUBMISSION));
    if (!submission.isDraft()) {
      throw new AlreadySubmittedException(id);
    }
    return submission;
  }

  private static String reference() {
    StringBuilder reference = new StringBuilder("INT-");
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        reference.append('-');
      }
      reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return reference.toString();
  }

  /** A submission with how much of it the user sees, its mentions and the children it is about. */
  record Seen(
      Submission submission,
      IntelligenceAccess.View view,
      List<Item> items,
      List<ChildId> children) {}

  /** Saving or submitting a submission that was already submitted: its receipt shows instead. */
  static final class AlreadySubmittedException extends RuntimeException {
    private final UUID id;

    AlreadySubmittedException(UUID id) {
      super("submission already submitted");
      this.id = id;
    }

    UUID id() {
      return id;
    }
  }
}
