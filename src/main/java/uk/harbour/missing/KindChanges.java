package uk.harbour.missing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.shared.RecordNotFoundException;

/**
 * "It changed": an open episode changing between missing and away ends, and a new episode of the
 * other kind starts at the same moment (SSDA903 counts two), under the same rules as {@link
 * Episodes}.
 */
@Service
class KindChanges {

  private final Episodes episodes;
  private final EpisodeRepository repository;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;

  KindChanges(
      Episodes episodes,
      EpisodeRepository repository,
      CurrentUser currentUser,
      ApplicationEventPublisher events) {
    this.episodes = episodes;
    this.repository = repository;
    this.currentUser = currentUser;
    this.events = events;
  }

  /**
   * The episode changed between missing and away at {@code at}: it ends there (no return, so no
   * return interview) and a new episode of the other kind starts at the same moment, carrying the
   * police's part over.
   *
   * @return the new episode
   */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  EpisodeId changeKind(EpisodeId id, int version, Instant at) {
    MissingEpisode e = episodes.toChange(id);
    if (!e.open()) {
      throw new EpisodeRuleBroken("changedAt", "missing.error.notOpen");
    }
    if (at.isBefore(e.times().startAt())) {
      throw new EpisodeRuleBroken("changedAt", "missing.error.changeBeforeStart");
    }
    episodes.checkStart(at);
    repository.lockChild(e.child());
    MissingEpisode.Times ended =
        new MissingEpisode.Times(
            e.times().leftAt(), e.times().lastSeenAt(), e.times().startAt(), at);
    episodes.save(
        new MissingEpisode(
            e.id(),
            e.child(),
            e.kind(),
            ended,
            e.previous(),
            e.police(),
            e.found(),
            HowReturned.CHANGED_KIND,
            e.harm(),
            e.recordedBy(),
            e.recordedByName(),
            e.capacity(),
            e.foundWith(),
            e.version(),
            e.createdAt()),
        version);
    HarbourUser me = currentUser.require();
    EpisodeId next = EpisodeId.random();
    repository.insert(
        new MissingEpisode(
            next,
            e.child(),
            e.kind().other(),
            MissingEpisode.Times.of(at, null, null),
            e.id(),
            e.police(),
            MissingEpisode.Found.NOT_YET,
            null,
            MissingEpisode.Harm.NONE,
            me.id(),
            me.displayName(),
            e.capacity(),
            List.of(),
            1,
            episodes.now()));
    events.publishEvent(
        new MissingEpisodeChanged(
            e.id(),
            e.child(),
            MissingEpisodeChanged.Change.KIND_CHANGED,
            e.kind().other(),
            at,
            e.kind() + " to " + e.kind().other()));
    return next;
  }

  /** The episode that followed this one on a change of kind, if any. */
  @Transactional(readOnly = true)
  Optional<EpisodeId> next(MissingEpisode e) {
    if (e.howReturned() != HowReturned.CHANGED_KIND) {
      return Optional.empty();
    }
    return repository.forChild(e.child()).stream()
        .filter(x -> e.id().equals(x.previous()))
        .map(MissingEpisode::id)
        .findFirst();
  }
}
