package uk.harbour.intelligence;

/** Whether the submitter has heard this before; the police use it when they grade. */
enum MentionedBefore {
  FIRST,
  REPEATED,
  NOT_KNOWN
}
