package uk.harbour.shared;

/** Whether the audited attempt succeeded. */
public enum AuditOutcome {
  SUCCEEDED,
  DENIED,
  FAILED
}
