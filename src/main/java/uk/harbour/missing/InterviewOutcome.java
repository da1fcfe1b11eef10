package uk.harbour.missing;

/** What came of a return interview offer. NOT_HELD needs a reason. */
public enum InterviewOutcome {
  HELD,
  DECLINED,
  NOT_HELD
}
