package uk.harbour.audit;

/** What was done to a record, as the audit trail names it. */
public enum AuditAction {
  VIEW,
  SEARCH,
  EXPORT,
  CREATE,
  CHANGE,
  DELETE,
  ACCESS_DENIED,
  BREAK_GLASS,
  REVIEW,
  LOGIN,
  LOGIN_FAILED,
  LOGOUT,
  ACCOUNT_LOCKED,
  MERGE,
  UNMERGE
}
