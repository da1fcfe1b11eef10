package uk.harbour.cases.chronology;

/** Whether an entry stands as written, was corrected, or was withdrawn (shown struck through). */
enum EntryStatus {
  CURRENT,
  CORRECTED,
  WITHDRAWN
}
