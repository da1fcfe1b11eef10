package uk.harbour.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies an agency: a council service, police force, school, health trust or charity. */
public record AgencyId(UUID value) implements Serializable {
  public AgencyId {
    Objects.requireNonNull(value, "value");
  }

  public static AgencyId of(String value) {
    return new AgencyId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
