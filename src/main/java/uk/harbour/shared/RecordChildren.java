package uk.harbour.shared;

import java.util.Optional;

/**
 * Says which child one of a module's records is about, so that an audit event about the record (a
 * case viewed, a chronology exported, a concern screened) also appears in that child's "who has
 * seen this record". The audit module asks every implementation when it writes an event with a
 * record id; each answers only for its own record type and is a single indexed look-up.
 */
public interface RecordChildren {

  /** The child the record is about, or empty when the record is not this module's or has none. */
  Optional<ChildId> childOf(String recordType, String recordId);
}
