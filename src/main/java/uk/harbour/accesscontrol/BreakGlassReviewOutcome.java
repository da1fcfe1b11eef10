package uk.harbour.accesscontrol;

/** What the data protection officer concluded about a use of break-glass. */
public enum BreakGlassReviewOutcome {
  JUSTIFIED,
  NOT_JUSTIFIED,
  FOLLOW_UP_NEEDED
}
