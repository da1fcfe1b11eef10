package uk.harbour.missing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;

/**
 * Missing episodes: who may see them (whoever may see the child, by the need-to-know function), who
 * may record and change them (the team around the child, their managers, break-glass, and the
 * screening team), the rules (a return not before the start, no overlapping episodes for a child, a
 * change between missing and away ends one episode and starts the next), the return interview made
 * due on every return, and every view and change audited. An episode the user may not see is
 * refused as not found, and the refusal audited.
 */
@Service
class Episodes {

  private final EpisodeRepository episodes;
  private final ReturnInterviewRepository interviews;
  private final AccessPolicy policy;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final MissingProperties properties;
  private final Clock clock;

  Episodes(
      EpisodeRepository episodes,
      ReturnInterviewRepository interviews,
      AccessPolicy policy,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      MissingProperties properties,
      Clock clock) {
    this.episodes = episodes;
    this.interviews = interviews;
    this.policy = policy;
    this.currentUser = currentUser;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  /** Whether the user may record episodes for the child (the child must be visible already). */
  boolean mayRecord(ChildId child) {
    return policy.mayChangeChild(child)
        || currentUser.get().map(u -> u.has(Role.SCREENING_OFFICER)).orElse(false)
            && policy.maySeeChild(child);
  }

  /**
   * Refuses (404 if unseen, 403 if only seen), audited, unless the user may record for the child.
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  void requireRecord(ChildId child, AuditAction attempted) {
    policy.requireChild(child, attempted);
    if (!mayRecord(child)) {
      events.publishEvent(
          Audited.denied(AuditAction.ACCESS_DENIED, AccessPolicy.CHILD, child)
              .withDetail(attempted.name() + ", missing episode"));
      throw new AccessDeniedException("May see the child but not record their episodes");
    }
  }

  /** The child's episodes, newest first, and the view audited. */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  List<MissingEpisode> forChild(ChildId child) {
    policy.requireChild(child, AuditAction.VIEW);
    List<MissingEpisode> found = episodes.forChild(child);
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, AccessPolicy.CHILD, child)
            .withDetail("missing episodes, " + found.size()));
    return found;
  }

  /** The episode, if the user may see its child; the view audited, a refusal too. */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  MissingEpisode view(EpisodeId id) {
    MissingEpisode episode = find(id);
    policy.requireChild(episode.child(), AuditAction.VIEW);
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, MissingEpisode.RECORD_TYPE, id)
            .withChildren(List.of(episode.child())));
    return episode;
  }

  /** The episode for a change form: refused unless the user may record for its child. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  MissingEpisode toChange(EpisodeId id) {
    MissingEpisode episode = find(id);
    requireRecord(episode.child(), AuditAction.CHANGE);
    return episode;
  }

  private MissingEpisode find(EpisodeId id) {
    return episodes
        .find(id)
        .orElseThrow(() -> new RecordNotFoundException(MissingEpisode.RECORD_TYPE));
  }

  /** Records a new episode for the child; it is open until the child's return is recorded. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  EpisodeId record(ChildId child, EpisodeDraft draft) {
    requireRecord(child, AuditAction.CREATE);
    HarbourUser me = currentUser.require();
    MissingEpisode.Times times = MissingEpisode.Times.of(draft.leftAt(), draft.lastSeenAt(), null);
    checkStart(times.startAt());
    episodes.lockChild(child);
    if (episodes.overlaps(child, times.startAt(), null, null)) {
      throw new EpisodeRuleBroken("left", "missing.error.overlaps");
    }
    EpisodeId id = EpisodeId.random();
    Instant now = now();
    episodes.insert(
        new MissingEpisode(
            id,
            child,
            draft.kind(),
            times,
            null,
            draft.police(),
            MissingEpisode.Found.NOT_YET,
            null,
            MissingEpisode.Harm.NONE,
            me.id(),
            me.displayName(),
            draft.capacity(),
            List.of(),
            1,
            now));
    events.publishEvent(
        new MissingEpisodeChanged(
            id,
            child,
            MissingEpisodeChanged.Change.RECORDED,
            draft.kind(),
            times.startAt(),
            draft.kind().name()));
    return id;
  }

  /** Changes when the episode started and the police's part, if still at {@code version}. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  void update(EpisodeId id, int version, EpisodeDraft draft) {
    MissingEpisode e = toChange(id);
    MissingEpisode.Times times =
        MissingEpisode.Times.of(draft.leftAt(), draft.lastSeenAt(), e.times().returnedAt());
    checkStart(times.startAt());
    checkPeriod(e, times);
    save(
        new MissingEpisode(
            e.id(),
            e.child(),
            e.kind(),
            times,
            e.previous(),
            draft.police(),
            e.found(),
            e.howReturned(),
            e.harm(),
            e.recordedBy(),
            e.recordedByName(),
            draft.capacity(),
            e.foundWith(),
            e.version(),
            e.createdAt()),
        version);
    if (e.returned()) {
      interviews.due(id, times.returnedAt().plus(properties.returnInterviewDue()), now());
    }
    events.publishEvent(
        new MissingEpisodeChanged(
            id, e.child(), MissingEpisodeChanged.Change.UPDATED, e.kind(), now(), e.kind().name()));
  }

  /**
   * Records the child's return (or changes it): when, how, where and with whom found, and any harm
   * disclosed; the return interview becomes due by the configured period after the return.
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  void recordReturn(EpisodeId id, int version, EpisodeDraft.Return r) {
    MissingEpisode e = toChange(id);
    if (e.howReturned() == HowReturned.CHANGED_KIND) {
      throw new EpisodeRuleBroken("returned", "missing.error.endedByChange");
    }
    MissingEpisode.Times times =
        new MissingEpisode.Times(
            e.times().leftAt(), e.times().lastSeenAt(), e.times().startAt(), r.returnedAt());
    checkPeriod(e, times);
    save(
        new MissingEpisode(
            e.id(),
            e.child(),
            e.kind(),
            times,
            e.previous(),
            e.police(),
            r.found(),
            r.how(),
            r.harm(),
            e.recordedBy(),
            e.recordedByName(),
            e.capacity(),
            r.with(),
            e.version(),
            e.createdAt()),
        version);
    interviews.due(id, r.returnedAt().plus(properties.returnInterviewDue()), now());
    events.publishEvent(
        new MissingEpisodeChanged(
            id,
            e.child(),
            MissingEpisodeChanged.Change.RETURNED,
            e.kind(),
            r.returnedAt(),
            r.how().name()));
  }

  /** Saves the episode if still at {@code version}, or says who changed it since. */
  void save(MissingEpisode e, int version) {
    if (!episodes.update(e, version, now(), currentUser.require().displayName())) {
      EpisodeRepository.LastChange last =
          episodes
              .lastChange(e.id())
              .orElseThrow(() -> new RecordNotFoundException(MissingEpisode.RECORD_TYPE));
      throw new StaleRecordException(last.by(), last.at());
    }
  }

  void checkStart(Instant start) {
    if (start.isAfter(now())) {
      throw new EpisodeRuleBroken("left", "missing.error.startInFuture");
    }
  }

  private void checkPeriod(MissingEpisode e, MissingEpisode.Times times) {
    @Nullable Instant end = times.returnedAt();
    if (end != null && end.isBefore(times.startAt())) {
      throw new EpisodeRuleBroken("returned", "missing.error.returnBeforeStart");
    }
    if (end != null && end.isAfter(now())) {
      throw new EpisodeRuleBroken("returned", "missing.error.returnInFuture");
    }
    episodes.lockChild(e.child());
    if (episodes.overlaps(e.child(), times.startAt(), end, e.id())) {
      throw new EpisodeRuleBroken(end == null ? "left" : "returned", "missing.error.overlaps");
    }
  }
}
