package uk.harbour.missing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;
import uk.harbour.shared.UserId;

/**
 * Return interviews: offered after every return, due within the configured period, and recorded
 * (held, declined, or not held with the reason) by the team around the child, their managers or a
 * return interview coordinator. Whoever may see the child may read it; every read and change is
 * audited.
 */
@Service
class ReturnInterviews {

  private final ReturnInterviewRepository interviews;
  private final Episodes episodes;
  private final AccessPolicy policy;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ReturnInterviews(
      ReturnInterviewRepository interviews,
      Episodes episodes,
      AccessPolicy policy,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      Clock clock) {
    this.interviews = interviews;
    this.episodes = episodes;
    this.policy = policy;
    this.currentUser = currentUser;
    this.events = events;
    this.clock = clock;
  }

  /** What the interviewer records. */
  record Draft(
      @Nullable Instant offeredAt,
      @Nullable UserId interviewer,
      boolean childChoseInterviewer,
      @Nullable InterviewOutcome outcome,
      @Nullable LocalDate heldOn,
      @Nullable String notHeldReason,
      @Nullable String youngPersonsWords,
      @Nullable String accountSummary,
      @Nullable ConsentToShare consent,
      @Nullable String shareableWords) {}

  /** The episode's interview, if one is due (the episode ended with a return); read with it. */
  Optional<ReturnInterview> of(MissingEpisode episode) {
    return interviews.find(episode.id());
  }

  /** Whether the user may record the interview of an episode of this child. */
  boolean mayRecord(MissingEpisode episode) {
    return episodes.mayRecord(episode.child())
        || currentUser.get().map(u -> u.has(Role.RETURN_INTERVIEW_COORDINATOR)).orElse(false)
            && policy.maySeeChild(episode.child());
  }

  /** The episode and its interview for the interview form; refused unless the user may record. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  ReturnInterview toRecord(MissingEpisode episode) {
    policy.requireChild(episode.child(), AuditAction.CHANGE);
    if (!mayRecord(episode)) {
      events.publishEvent(
          Audited.denied(AuditAction.ACCESS_DENIED, ReturnInterview.RECORD_TYPE, episode.id())
              .withDetail("record return interview"));
      throw new AccessDeniedException("May not record this return interview");
    }
    return interviews
        .find(episode.id())
        .orElseThrow(() -> new RecordNotFoundException(ReturnInterview.RECORD_TYPE));
  }

  /** Saves the interview if it is still at {@code version}. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  void record(MissingEpisode episode, int version, Draft d) {
    ReturnInterview before = toRecord(episode);
    HarbourUser me = currentUser.require();
    ReturnInterview r =
        new ReturnInterview(
            episode.id(),
            before.dueAt(),
            d.offeredAt(),
            d.offeredAt() == null
                ? null
                : before.offeredBy() == null ? me.id() : before.offeredBy(),
            d.interviewer(),
            null,
            d.childChoseInterviewer(),
            d.outcome(),
            d.outcome() == InterviewOutcome.HELD ? d.heldOn() : null,
            d.outcome() == InterviewOutcome.NOT_HELD ? d.notHeldReason() : null,
            d.outcome() == InterviewOutcome.HELD ? d.youngPersonsWords() : null,
            d.outcome() == InterviewOutcome.HELD ? d.accountSummary() : null,
            d.outcome() == InterviewOutcome.HELD ? d.consent() : null,
            d.outcome() == InterviewOutcome.HELD && d.consent() == ConsentToShare.SOME
                ? d.shareableWords()
                : null,
            before.intelligenceSubmitted(),
            version);
    if (!interviews.update(r, version, me.id(), clock.instant())) {
      throw new StaleRecordException(null, null);
    }
    events.publishEvent(
        new MissingEpisodeChanged(
            episode.id(),
            episode.child(),
            MissingEpisodeChanged.Change.INTERVIEW_RECORDED,
            episode.kind(),
            clock.instant(),
            d.outcome() == null ? "offered" : d.outcome().name()));
  }
}
