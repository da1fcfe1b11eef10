package uk.harbour.cases.assessment;

import java.time.Instant;
import uk.harbour.shared.UserId;

/** A submitted version of an assessment, kept unchanged, and its manager sign-off if given. */
record AssessmentVersion(
    int number,
    LevelOfResponse levelOfResponse,
    Instant submittedAt,
    UserId submittedBy,
    String submittedByName,
    Instant signedOffAt,
    String signedOffByName,
    String signOffNote) {

  public boolean signedOff() {
    return signedOffAt != null;
  }
}
