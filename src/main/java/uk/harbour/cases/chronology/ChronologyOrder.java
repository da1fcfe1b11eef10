package uk.harbour.cases.chronology;

/**
 * The order entries are listed in. The page shows the newest first (what changed lately); the print
 * view and the PDF default to the oldest first, the order a court or a review reads a chronology
 * in. The user may choose either anywhere.
 */
enum ChronologyOrder {
  OLDEST_FIRST,
  NEWEST_FIRST
}
