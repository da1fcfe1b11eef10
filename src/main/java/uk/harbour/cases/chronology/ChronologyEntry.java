package uk.harbour.cases.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry in a case's chronology.
 *
 * @param occurredAt the moment, when known (automatic entries); null for a date a person gave
 * @param source where a written entry's information came from, or null
 * @param youngPersonView the young person's own perspective on the entry, or null
 */
record ChronologyEntry(
    UUID id,
    EntryKind kind,
    LocalDate occurredOn,
    Instant occurredAt,
    String summary,
    Significance significance,
    String source,
    String link,
    Instant recordedAt,
    String recordedByName,
    String youngPersonView,
    Instant youngPersonViewAt,
    String youngPersonViewByName,
    int version) {

  boolean automatic() {
    return kind != EntryKind.MANUAL;
  }
}
