package uk.harbour.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a child's record. */
public record ChildId(UUID value) implements Serializable {
  public ChildId {
    Objects.requireNonNull(value, "value");
  }

  public static ChildId of(String value) {
    return new ChildId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
