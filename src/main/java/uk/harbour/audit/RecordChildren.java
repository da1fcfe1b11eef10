package uk.harbour.audit;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.harbour.shared.ChildId;

/**
 * Says which child one of a module's records is about, so that an audit event about the record (a
 * case viewed, a chronology exported, a concern screened) also appears in that child's "who has
 * seen this record". The audit module asks every implementation when it writes an event with a
 * record id; each answers only for its own record type and is a single indexed look-up.
 */
public interface RecordChildren {

  /** The child the record is about, or empty when the record is not this module's or has none. */
  Optional<ChildId> childOf(String recordType, String recordId);

  /** The record id as a UUID, or empty when it is not one (so it cannot be this module's). */
  static Optional<UUID> idOf(@Nullable String recordId) {
    if (recordId == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(recordId));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }
}
