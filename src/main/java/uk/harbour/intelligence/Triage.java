package uk.harbour.intelligence;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.matching.entities.EntityMatch;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;

/**
 * The police intelligence unit's side: the duty queue ("risk to a person now" first, with its
 * deadline), acknowledging, and triage: grading 3x5x2, sanitising, deciding the outcome, resolving
 * each mention to a register entry (an existing one the officer confirms, or a new one), linking
 * them to each other and to the children, and recording the decision to share or not.
 */
@Service
class Triage {

  static final int CANDIDATES = 5;

  private final SubmissionRepository submissions;
  private final MentionRepository mentions;
  private final RegisterRepository registers;
  private final Linking linking;
  private final ShareDecisionRepository shares;
  private final EntityIndex index;
  private final CurrentUser currentUser;
  private final IntelligenceProperties properties;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final ResolutionReasons reasons;

  Triage(
      SubmissionRepository submissions,
      MentionRepository mentions,
      RegisterRepository registers,
      Linking linking,
      ShareDecisionRepository shares,
      EntityIndex index,
      CurrentUser currentUser,
      IntelligenceProperties properties,
      Clock clock,
      ApplicationEventPublisher events,
      ResolutionReasons reasons) {
    this.reasons = reasons;
    this.submissions = submissions;
    this.mentions = mentions;
    this.registers = registers;
    this.linking = linking;
    this.shares = shares;
    this.index = index;
    this.currentUser = currentUser;
    this.properties = properties;
    this.clock = clock;
    this.events = events;
  }

  /** The duty queue as this user works it: screening officers see only risk-now submissions. */
  @Transactional
  List<Submission> queue() {
    HarbourUser user = onDuty();
    List<Submission> waiting =
        submissions.waiting(!IntelligenceAccess.seesGraded(user), properties.queueLimit());
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, IntelligenceAccess.SUBMISSION, null)
            .withDetail("duty queue, results " + waiting.size()));
    return waiting;
  }

  /** Triaged submissions, newest first, for the intelligence unit and analysts. */
  @Transactional
  List<Submission> triaged() {
    requireGraded();
    List<Submission> done = submissions.triaged(properties.queueLimit());
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, IntelligenceAccess.SUBMISSION, null)
            .withDetail("triaged submissions, results " + done.size()));
    return done;
  }

  /** Records that the user has taken a risk-now submission; the first to do so is named. */
  @Transactional
  boolean acknowledge(UUID id) {
    HarbourUser user = onDuty();
    Submission submission = waiting(id);
    if (!submission.riskNow()) {
      throw new RecordNotFoundException(IntelligenceAccess.SUBMISSION);
    }
    boolean first = submissions.acknowledge(id, user, clock.instant());
    if (first) {
      events.publishEvent(
          new IntelligenceChanged(
              id, IntelligenceChanged.Change.ACKNOWLEDGED, submissions.children(id)));
    }
    return first;
  }

  /** For each mention of a waiting submission, the register entries it may be, with reasons. */
  @Transactional(readOnly = true)
  Map<UUID, List<EntityMatch>> candidates(UUID id) {
    requireTriager();
    Map<UUID, List<EntityMatch>> found = new LinkedHashMap<>();
    for (Item item : mentions.of(id)) {
      found.put(item.id(), item.identifies() ? index.candidates(item, CANDIDATES) : List.of());
    }
    return found;
  }

  /** Labels of register entries, by id, for the candidates shown. */
  @Transactional(readOnly = true)
  Map<String, String> labels(Map<UUID, List<EntityMatch>> candidates) {
    Map<String, String> labels = new LinkedHashMap<>();
    candidates.values().stream()
        .flatMap(List::stream)
        .forEach(
            m ->
                registers
                    .find(UUID.fromString(m.id()))
                    .ifPresent(e -> labels.put(m.id(), e.label())));
    return labels;
  }

  /** Records the decision on a submission still waiting at {@code version}. */
  @Transactional
  void decide(UUID id, int version, TriageDecision decision) {
    HarbourUser user = requireTriager();
    Submission submission = waiting(id);
    Instant now = clock.instant();
    if (!submissions.triage(id, version, decision, user, now)) {
      throw new StaleRecordException(
          submission.submittedByName(),
          submission.submittedAt() == null ? now : submission.submittedAt());
    }
    List<ChildId> about = submissions.children(id);
    Map<UUID, UUID> resolved = resolve(id, decision.resolutions(), user, now);
    Set<UUID> entities = new LinkedHashSet<>(resolved.values());
    List<ChildId> others = linking.link(id, resolved, about, decision, now);
    shares.record(id, decision.sharing(), user, now);
    events.publishEvent(new IntelligenceChanged(id, IntelligenceChanged.Change.TRIAGED, about));
    events.publishEvent(
        new IntelligenceChanged(
            id,
            decision.sharing().share()
                ? IntelligenceChanged.Change.SHARED
                : IntelligenceChanged.Change.NOT_SHARED,
            about));
    if (decision.outcome() == Outcome.SAFEGUARDING_REFERRAL) {
      events.publishEvent(
          new IntelligenceReferred(
              id,
              submission.reference(),
              decision.sanitisedText(),
              decision.grade().handling() == Handling.C ? decision.grade().conditions() : null,
              about,
              user.id().value(),
              user.displayName()));
    }
    if (!entities.isEmpty()) {
      events.publishEvent(
          new EntitiesLinked(
              id,
              submission.reference(),
              entities.stream().map(EntityId::new).toList(),
              about,
              others));
    }
  }

  /** Each mention's entry, by mention, in the submission's order. */
  private Map<UUID, UUID> resolve(
      UUID submission, List<TriageDecision.Resolution> decided, HarbourUser user, Instant now) {
    Map<UUID, Item> items = new LinkedHashMap<>();
    mentions.of(submission).forEach(i -> items.put(i.id(), i));
    Map<UUID, UUID> entities = new LinkedHashMap<>();
    for (TriageDecision.Resolution resolution : decided) {
      Item item = items.get(resolution.mentionId());
      if (item == null || !item.identifies()) {
        continue;
      }
      UUID entity = resolution.entityId();
      String why = reasons.of(item, entity);
      String decision = "SAME";
      if (entity == null) {
        entity = registers.create(item, user.displayName(), now);
        decision = "NEW";
      } else {
        RegisterRepository.Entry existing =
            registers
                .find(entity)
                .filter(e -> e.kind() == item.kind())
                .orElseThrow(() -> new RecordNotFoundException(IntelligenceAccess.ENTITY));
        entity = existing.id();
      }
      mentions.resolve(item.id(), entity);
      mentions.recordDecision(item.id(), entity, decision, why, user, now);
      entities.put(item.id(), entity);
    }
    return entities;
  }

  private Submission waiting(UUID id) {
    return submissions
        .find(id)
        .filter(s -> s.status() == SubmissionStatus.SUBMITTED)
        .orElseThrow(() -> new RecordNotFoundException(IntelligenceAccess.SUBMISSION));
  }

  private HarbourUser onDuty() {
    HarbourUser user = currentUser.require();
    if (!IntelligenceAccess.onDuty(user)) {
      throw new RecordNotFoundException(IntelligenceAccess.SUBMISSION);
    }
    return user;
  }

  private HarbourUser requireGraded() {
    HarbourUser user = currentUser.require();
    if (!IntelligenceAccess.seesGraded(user)) {
      throw new RecordNotFoundException(IntelligenceAccess.SUBMISSION);
    }
    return user;
  }

  private HarbourUser requireTriager() {
    HarbourUser user = currentUser.require();
    if (!IntelligenceAccess.triages(user)) {
      throw new RecordNotFoundException(IntelligenceAccess.SUBMISSION);
    }
    return user;
  }
}
