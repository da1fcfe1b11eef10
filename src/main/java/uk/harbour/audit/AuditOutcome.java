package uk.harbour.audit;

/** Whether the audited attempt succeeded. */
public enum AuditOutcome {
  SUCCEEDED,
  DENIED,
  FAILED
}
