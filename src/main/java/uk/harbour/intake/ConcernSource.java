package uk.harbour.intake;

/** Who raised a concern: a signed-in practitioner, or anyone through the public report page. */
enum ConcernSource {
  PRACTITIONER,
  PUBLIC
}
