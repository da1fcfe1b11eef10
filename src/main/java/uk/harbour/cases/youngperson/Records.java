package uk.harbour.cases.youngperson;

import java.time.Instant;
import java.util.UUID;

/** The rows of the young person's page. */
final class Records {

  private Records() {}

  /** Education, care, strengths, interests and hopes; version 0 and nulls before first save. */
  record Profile(
      String education,
      String care,
      String strengths,
      String interests,
      String hopes,
      Instant updatedAt,
      String updatedByName,
      int version) {

    static Profile empty() {
      return new Profile(null, null, null, null, null, null, null, 0);
    }
  }

  record Relationship(
      UUID id,
      RelationshipKind kind,
      String name,
      String relationship,
      Closeness closeness,
      String notes) {}

  /** A linked child; {@code visible} says whether the user may open that child's record. */
  record LinkedChild(
      UUID id,
      UUID linkedChildId,
      String reference,
      LinkKind kind,
      String reason,
      boolean visible) {}

  /**
   * A person of concern named in this case. {@code childReference} is set when they are themselves
   * a child known to Harbour.
   */
  record PersonOfConcern(UUID id, String name, String description, String childReference) {}
}
