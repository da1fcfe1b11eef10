package uk.harbour.disruption;

/** What followed a breach. */
enum FollowUp {
  ARREST,
  CHARGE,
  WARNING,
  NONE
}
