package uk.harbour.accesscontrol;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/** One use of break-glass, and its review by a data protection officer. */
public record BreakGlassGrant(
    UUID id,
    UserId userId,
    String userName,
    String agencyName,
    ChildId child,
    @Nullable String childReference,
    String reason,
    Instant grantedAt,
    Instant expiresAt,
    @Nullable Instant reviewedAt,
    @Nullable String reviewerName,
    @Nullable BreakGlassReviewOutcome reviewOutcome,
    @Nullable String reviewNote,
    int version) {

  public boolean reviewed() {
    return reviewedAt != null;
  }
}
