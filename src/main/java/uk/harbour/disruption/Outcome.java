package uk.harbour.disruption;

/** How a disruption activity ended, or where it stands once decided. */
public enum Outcome {
  SERVED,
  REFUSED,
  BREACHED_ARREST,
  BREACHED_CHARGE,
  EXPIRED,
  WITHDRAWN
}
