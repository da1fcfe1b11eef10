package uk.harbour.missing;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a practitioner records about an episode: its start, the police's part, and the return. */
record EpisodeDraft(
    EpisodeKind kind,
    @Nullable Instant leftAt,
    @Nullable Instant lastSeenAt,
    MissingEpisode.Police police,
    RecorderCapacity capacity) {

  /** What a practitioner records when the child returns or is found. */
  record Return(
      Instant returnedAt,
      HowReturned how,
      MissingEpisode.Found found,
      List<MissingEpisode.FoundWith> with,
      MissingEpisode.Harm harm) {
    Return {
      with = List.copyOf(with);
    }
  }
}
