package uk.harbour.intake;

/** Where a concern is: a practitioner's draft, awaiting a screening decision, or decided. */
enum ConcernStatus {
  DRAFT,
  SUBMITTED,
  DECIDED
}
