package uk.harbour.cases.chronology;

import java.time.Instant;
import java.util.UUID;

/** A note the team added to an entry (automatic entries cannot be changed, but can take notes). */
record EntryNote(
    UUID id,
    UUID entryId,
    String text,
    Instant recordedAt,
    UUID recordedBy,
    String recordedByName) {}
