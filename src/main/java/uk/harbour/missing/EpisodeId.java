package uk.harbour.missing;

import java.util.Objects;
import java.util.UUID;
import uk.harbour.shared.RecordIds;

/** Identifies a missing episode (and its return interview, which shares the id). */
public record EpisodeId(UUID value) {
  public EpisodeId {
    Objects.requireNonNull(value, "value");
  }

  /** The id from a URL or form; anything else is an episode that does not exist (404). */
  public static EpisodeId parse(String raw) {
    return new EpisodeId(RecordIds.parse(raw, MissingEpisode.RECORD_TYPE));
  }

  static EpisodeId random() {
    return new EpisodeId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
