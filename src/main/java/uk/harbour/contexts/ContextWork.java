package uk.harbour.contexts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.audit.AuditAction;
import uk.harbour.contexts.Records.Assessment;
import uk.harbour.contexts.Records.Conference;
import uk.harbour.contexts.Records.Measure;
import uk.harbour.contexts.Records.Plan;
import uk.harbour.contexts.Records.Review;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;

/**
 * A context's work, recorded by the contextual safeguarding lead: the assessment (each save a new
 * version), conferences, the plan (kept current, with the stale-save check), measures over time and
 * reviews. Reads are part of the context's page (audited there); each change is audited.
 */
@Service
class ContextWork {

  private final ContextWorkRepository work;
  private final Register register;
  private final ContextAccess access;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ContextWork(
      ContextWorkRepository work,
      Register register,
      ContextAccess access,
      ApplicationEventPublisher events,
      Clock clock) {
    this.work = work;
    this.register = register;
    this.access = access;
    this.events = events;
    this.clock = clock;
  }

  /** The context, for a form that changes its work: the lead only (403), a context that exists. */
  @Transactional(noRollbackFor = {AccessDeniedException.class, RecordNotFoundException.class})
  Records.Context toChange(ContextId id) {
    Records.Context context = register.require(id, AuditAction.CHANGE);
    access.requireLead(ContextChanged.RECORD_TYPE, id, AuditAction.CHANGE);
    return context;
  }

  List<Assessment> assessments(ContextId id) {
    return work.assessments(id);
  }

  List<Conference> conferences(ContextId id) {
    return work.conferences(id);
  }

  Optional<Plan> plan(ContextId id) {
    return work.plan(id);
  }

  List<Measure> measures(ContextId id) {
    return work.measures(id);
  }

  List<Review> reviews(ContextId id) {
    return work.reviews(id);
  }

  /**
   * Saves the next version of the assessment after {@code openedVersion} (0: none yet); {@link
   * StaleRecordException} if someone saved a version since.
   *
   * @param words strengths and needs, guardianship, environment and policies, who controls it,
   *     context weighting
   */
  @Transactional(noRollbackFor = {AccessDeniedException.class, RecordNotFoundException.class})
  void assess(ContextId id, int openedVersion, String[] words) {
    toChange(id);
    int next = openedVersion + 1;
    if (!work.addAssessment(id, next, words, clock.instant(), by())) {
      Assessment latest = work.assessments(id).get(0);
      throw new StaleRecordException(latest.recordedByName(), latest.recordedAt());
    }
    events.publishEvent(new ContextChanged(id, ContextChanged.Change.ASSESSED, "version " + next));
  }

  @Transactional(noRollbackFor = {AccessDeniedException.class, RecordNotFoundException.class})
  void confer(
      ContextId id, LocalDate heldOn, List<String> invitees, String minutes, String decisions) {
    toChange(id);
    work.addConference(
        UUID.randomUUID(), id, heldOn, minutes, decisions, invitees, clock.instant(), by());
    events.publishEvent(
        new ContextChanged(
            id, ContextChanged.Change.CONFERENCE_RECORDED, "agencies invited " + invitees.size()));
  }

  @Transactional(noRollbackFor = {AccessDeniedException.class, RecordNotFoundException.class})
  void savePlan(ContextId id, int openedVersion, String goals, String responses) {
    toChange(id);
    if (!work.savePlan(id, openedVersion, goals, responses, clock.instant(), by())) {
      Plan now = work.plan(id).orElseThrow();
      throw new StaleRecordException(now.updatedByName(), now.updatedAt());
    }
    events.publishEvent(
        new ContextChanged(id, ContextChanged.Change.PLAN_SAVED, "version " + (openedVersion + 1)));
  }

  @Transactional(noRollbackFor = {AccessDeniedException.class, RecordNotFoundException.class})
  void measure(ContextId id, String measure, LocalDate on, String observation) {
    toChange(id);
    work.addMeasure(id, measure, on, observation, clock.instant(), by());
    events.publishEvent(
        new ContextChanged(id, ContextChanged.Change.MEASURE_RECORDED, on.toString()));
  }

  @Transactional(noRollbackFor = {AccessDeniedException.class, RecordNotFoundException.class})
  void review(ContextId id, LocalDate on, String summary) {
    toChange(id);
    work.addReview(id, on, summary, clock.instant(), by());
    events.publishEvent(new ContextChanged(id, ContextChanged.Change.PLAN_REVIEWED, on.toString()));
  }

  private String by() {
    return access.me().displayName();
  }
}
