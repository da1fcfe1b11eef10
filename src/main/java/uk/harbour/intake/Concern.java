package uk.harbour.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/**
 * A concern as stored, with its life so far: drafted, submitted (received), linked to a child and
 * decided.
 *
 * @param reference the internal reference given on submission (CON-2026-000123), for staff; null
 *     for drafts
 * @param publicReference the reference a member of the public was given for their report
 *     (K7MX-9DTA-HWG, {@link PublicReference}); null for practitioners' concerns and for public
 *     reports sent before public references existed
 * @param reporterId the practitioner who raised it; null for public reports
 * @param childReference the Harbour reference of the linked child (HBR-001234), if linked
 * @param decision the screening decision, once made
 * @param intelligence where it came from when the police intelligence unit referred it, else null
 */
record Concern(
    UUID id,
    @Nullable String reference,
    @Nullable String publicReference,
    ConcernSource source,
    ConcernStatus status,
    @Nullable UserId reporterId,
    @Nullable String reporterName,
    @Nullable String reporterAgency,
    ConcernDetails details,
    Instant createdAt,
    Instant updatedAt,
    @Nullable Instant submittedAt,
    @Nullable ChildId childId,
    @Nullable String childReference,
    @Nullable Instant linkedAt,
    int version,
    @Nullable ScreeningDecision decision,
    @Nullable FromIntelligence intelligence) {

  public boolean isDraft() {
    return status == ConcernStatus.DRAFT;
  }

  public boolean awaitingDecision() {
    return status == ConcernStatus.SUBMITTED;
  }

  public boolean fromPublic() {
    return source == ConcernSource.PUBLIC;
  }

  /** Whether the police intelligence unit referred it to screening. */
  public boolean fromIntelligence() {
    return source == ConcernSource.INTELLIGENCE;
  }

  boolean raisedBy(UserId user) {
    return reporterId != null && reporterId.equals(user);
  }

  /** How long from receipt to decision, once decided. */
  public Duration timeToDecision() {
    return decision == null || submittedAt == null
        ? null
        : Duration.between(submittedAt, decision.decidedAt());
  }

  /** A screening decision: what was decided, why, by whom and when. */
  record ScreeningDecision(
      ScreeningOutcome outcome, String reasons, String decidedByName, Instant decidedAt) {}

  /**
   * The intelligence a referred concern came from: its reference ({@code INT-XXXX-XXXX}) and, when
   * it is C-coded, the written handling conditions, shown wherever the concern is.
   */
  record FromIntelligence(String reference, @Nullable String conditions) {}
}
