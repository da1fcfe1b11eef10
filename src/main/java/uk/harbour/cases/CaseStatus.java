package uk.harbour.cases;

/** Where a case is. Only open cases exist until the case issue adds closure. */
public enum CaseStatus {
  OPEN
}
