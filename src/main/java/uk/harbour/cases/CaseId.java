package uk.harbour.cases;

import java.util.Objects;
import java.util.UUID;
import uk.harbour.shared.RecordIds;

/** Identifies a child's case with the CSE service. */
public record CaseId(UUID value) {
  public CaseId {
    Objects.requireNonNull(value, "value");
  }

  /** The id in a path; anything that is not one is a case that does not exist (404). */
  public static CaseId parse(String raw) {
    return new CaseId(RecordIds.parse(raw, Cases.RECORD_TYPE));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
