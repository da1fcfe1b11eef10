package uk.harbour.cases;

import java.util.Objects;
import java.util.UUID;

/** Identifies a child's case with the CSE service. */
public record CaseId(UUID value) {
  public CaseId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
