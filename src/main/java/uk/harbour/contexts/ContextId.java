package uk.harbour.contexts;

import java.util.Objects;
import java.util.UUID;
import uk.harbour.shared.RecordIds;

/** Identifies a context in the register. */
public record ContextId(UUID value) {
  public ContextId {
    Objects.requireNonNull(value, "value");
  }

  /** The id from a URL or form; anything else is a context that does not exist (404). */
  public static ContextId parse(String raw) {
    return new ContextId(RecordIds.parse(raw, ContextChanged.RECORD_TYPE));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
