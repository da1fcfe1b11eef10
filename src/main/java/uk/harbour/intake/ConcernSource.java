package uk.harbour.intake;

/**
 * Who raised a concern: a signed-in practitioner, anyone through the public report page, or the
 * police intelligence unit referring a partner's intelligence to screening.
 */
enum ConcernSource {
  PRACTITIONER,
  PUBLIC,
  INTELLIGENCE
}
