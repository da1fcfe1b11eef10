package uk.harbour.cases.chronology;

/** How much an entry matters to the young person's safety, always shown in words. */
enum Significance {
  ROUTINE,
  SIGNIFICANT,
  CRITICAL
}
