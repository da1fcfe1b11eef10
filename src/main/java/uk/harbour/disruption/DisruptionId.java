package uk.harbour.disruption;

import java.util.Objects;
import java.util.UUID;
import uk.harbour.shared.RecordIds;

/** Identifies a disruption activity. */
public record DisruptionId(UUID value) {
  public DisruptionId {
    Objects.requireNonNull(value, "value");
  }

  /** The id from a URL or form; anything else is an activity that does not exist (404). */
  public static DisruptionId parse(String raw) {
    return new DisruptionId(RecordIds.parse(raw, Activities.RECORD_TYPE));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
