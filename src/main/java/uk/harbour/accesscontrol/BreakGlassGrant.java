package uk.harbour.accesscontrol;

import java.time.Instant;
import java.util.UUID;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/** One use of break-glass, and its review by a data protection officer. */
public record BreakGlassGrant(
    UUID id,
    UserId userId,
    String userName,
    String agencyName,
    ChildId child,
    String childReference,
    String reason,
    Instant grantedAt,
    Instant expiresAt,
    Instant reviewedAt,
    String reviewerName,
    BreakGlassReviewOutcome reviewOutcome,
    String reviewNote,
    int version) {

  public boolean reviewed() {
    return reviewedAt != null;
  }
}
