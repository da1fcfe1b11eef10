package uk.harbour.intelligence;

/** Where a submission is: a draft only its author sees, submitted and waiting, or triaged. */
public enum SubmissionStatus {
  DRAFT,
  SUBMITTED,
  TRIAGED
}
