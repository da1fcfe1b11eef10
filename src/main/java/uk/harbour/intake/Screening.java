package uk.harbour.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.ScreeningAccess;
import uk.harbour.cases.CaseActivity;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.Cases;
import uk.harbour.shared.AuditAction;
import uk.harbour.shared.Audited;
import uk.harbour.shared.RecordNotFoundException;

/**
 * The screening (MASH) queue and decisions. Screening officers see every concern awaiting a
 * decision, oldest first, and decide each with written reasons; the decision, its time and how long
 * it took are recorded and audited. Deciding ends the officer's screening access to the child.
 */
@Service
class Screening {

  static final String RECORD_TYPE = ConcernAccess.RECORD_TYPE;
  static final int DECIDED_LIMIT = 50;

  /** Why a decision could not be recorded. */
  enum Refusal {
    NEEDS_CHILD,
    ALREADY_DECIDED
  }

  private final ConcernRepository repository;
  private final ScreeningOfficer officer;
  private final ScreeningAccess screeningAccess;
  private final Cases cases;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ScreeningProperties properties;

  Screening(
      ConcernRepository repository,
      ScreeningOfficer officer,
      ScreeningAccess screeningAccess,
      Cases cases,
      ApplicationEventPublisher events,
      Clock clock,
      ScreeningProperties properties) {
    this.repository = repository;
    this.properties = properties;
    this.officer = officer;
    this.screeningAccess = screeningAccess;
    this.cases = cases;
    this.events = events;
    this.clock = clock;
  }

  /** Concerns awaiting a decision, oldest first; the view of the queue is audited. */
  @Transactional
  List<Concern> queue() {
    officer.require();
    List<Concern> waiting = repository.awaitingDecision(properties.queueLimit());
    events.publishEvent(
        ConcernAccess.listed(waiting, "screening queue, results " + waiting.size()));
    return waiting;
  }

  /**
   * How many concerns await a decision in all; the queue shows only the oldest few hundred, so the
   * page can say when it shows only part.
   */
  @Transactional(readOnly = true)
  int waitingCount() {
    officer.require();
    return repository.countAwaitingDecision();
  }

  /** The most recent decisions, newest first; audited. */
  @Transactional
  List<Concern> recentlyDecided() {
    officer.require();
    List<Concern> decided = repository.recentlyDecided(DECIDED_LIMIT);
    events.publishEvent(
        ConcernAccess.listed(decided, "recent screening decisions, results " + decided.size()));
    return decided;
  }

  /** One concern with everything in it, for screening; the view is audited. */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  Concern open(UUID id) {
    officer.require();
    Concern concern = repository.find(id).filter(c -> !c.isDraft()).orElse(null);
    if (concern == null) {
      throw new RecordNotFoundException(RECORD_TYPE);
    }
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, RECORD_TYPE, id).withDetail("screening"));
    return concern;
  }

  /**
   * Records the decision with its reasons. A referral to the CSE service opens the child's case or
   * adds this concern to it, so it needs the concern linked to a child first.
   *
   * @return null when recorded, otherwise why not
   */
  @Transactional
  Refusal decide(UUID id, ScreeningOutcome outcome, String reasons) {
    HarbourUser user = officer.require();
    Concern concern = open(id);
    if (!concern.awaitingDecision()) {
      return Refusal.ALREADY_DECIDED;
    }
    if (outcome.needsChild() && concern.childId() == null) {
      return Refusal.NEEDS_CHILD;
    }
    CaseId caseId =
        outcome == ScreeningOutcome.REFERRAL_TO_CSE_SERVICE
            ? cases.openOrAdd(concern.childId(), concern.reference())
            : null;
    Instant now = clock.instant();
    if (!repository.decide(
        id,
        outcome,
        reasons,
        user.id(),
        user.displayName(),
        caseId == null ? null : caseId.value(),
        now)) {
      return Refusal.ALREADY_DECIDED;
    }
    Duration taken = Duration.between(concern.submittedAt(), now);
    String detail =
        "screening decision: "
            + outcome
            + ", received "
            + concern.submittedAt()
            + ", decided "
            + now
            + ", time to decision "
            + taken
            + (concern.linkedAt() == null ? "" : ", linked " + concern.linkedAt());
    events.publishEvent(Audited.succeeded(AuditAction.CHANGE, RECORD_TYPE, id).withDetail(detail));
    if (caseId != null) {
      events.publishEvent(
          new CaseActivity(
              caseId,
              CaseActivity.Kind.SCREENING_DECISION,
              "Screening decision on concern "
                  + concern.reference()
                  + " by "
                  + user.displayName()
                  + ": referral to the CSE service. Reasons: "
                  + reasons,
              now,
              null));
    }
    if (concern.childId() != null) {
      events.publishEvent(
          Audited.succeeded(AuditAction.CHANGE, AccessPolicy.CHILD, concern.childId())
              .withDetail("concern " + concern.reference() + " screened: " + outcome));
      screeningAccess.screened(concern.childId(), concern.reference());
    }
    return null;
  }
}
