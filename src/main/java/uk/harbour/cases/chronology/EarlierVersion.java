package uk.harbour.cases.chronology;

import java.time.LocalDate;

/**
 * What an entry said before a correction or withdrawal, kept for ever (chronology_entry_history).
 *
 * @param change how this earlier state came about: as first written, or an earlier correction
 */
record EarlierVersion(
    int version,
    LocalDate occurredOn,
    String summary,
    Significance significance,
    String source,
    EntryChange change) {}
