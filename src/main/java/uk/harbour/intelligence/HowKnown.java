package uk.harbour.intelligence;

/** How the submitter knows what they say: they saw it, heard it, or were told it. */
enum HowKnown {
  SAW,
  HEARD,
  TOLD
}
