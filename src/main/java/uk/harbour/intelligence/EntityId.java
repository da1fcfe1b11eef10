package uk.harbour.intelligence;

import java.util.Objects;
import java.util.UUID;
import uk.harbour.shared.RecordIds;

/** Identifies a person of concern, vehicle, phone, online account or place in the registers. */
public record EntityId(UUID value) {
  public EntityId {
    Objects.requireNonNull(value, "value");
  }

  /** The id from a URL or form; anything else is a register entry that does not exist (404). */
  public static EntityId parse(String raw) {
    return new EntityId(RecordIds.parse(raw, "intelligence entity"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
