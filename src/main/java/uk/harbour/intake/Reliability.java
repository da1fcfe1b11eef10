package uk.harbour.intake;

/** How sure the reporter is that the information is accurate, in their own judgement. */
enum Reliability {
  KNOWN_TO_BE_TRUE,
  PROBABLY_TRUE,
  CANNOT_SAY,
  HAVE_DOUBTS
}
