package uk.harbour.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a Harbour user account. */
public record UserId(UUID value) implements Serializable {
  public UserId {
    Objects.requireNonNull(value, "value");
  }

  public static UserId of(String value) {
    return new UserId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
