package uk.harbour.cases.voice;

/** What the young person agreed to. */
enum Consent {
  AGREED,
  AGREED_WITH_LIMITS,
  NOT_AGREED,
  NOT_ASKED
}
