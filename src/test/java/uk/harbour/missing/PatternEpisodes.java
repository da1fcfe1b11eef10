package uk.harbour.missing;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.test.context.TestComponent;
import uk.harbour.shared.ChildId;

/**
 * Records missing episodes as a practitioner does, through the missing module's service (the
 * signed-in user of the test must be in the child's team): one that started some days ago, and the
 * child's return, found at an address with someone.
 */
@TestComponent
class PatternEpisodes {

  private final Episodes episodes;

  PatternEpisodes(Episodes episodes) {
    this.episodes = episodes;
  }

  /** An episode that started {@code daysAgo} days ago and ended 10 hours later, found there. */
  EpisodeId missingAndFound(
      ChildId child, int daysAgo, String address, String postcode, String... with) {
    Instant start = Instant.now().minus(Duration.ofDays(daysAgo));
    EpisodeId id =
        episodes.record(
            child,
            new EpisodeDraft(
                EpisodeKind.M,
                null,
                start,
                MissingEpisode.Police.NOT_REPORTED,
                RecorderCapacity.KEY_WORKER));
    episodes.recordReturn(
        id,
        1,
        new EpisodeDraft.Return(
            start.plus(Duration.ofHours(10)),
            HowReturned.FOUND_BY_POLICE,
            MissingEpisode.Found.of(null, address, postcode, null),
            java.util.Arrays.stream(with).map(w -> new MissingEpisode.FoundWith(null, w)).toList(),
            MissingEpisode.Harm.NONE));
    return id;
  }
}
