package uk.harbour.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.shared.ChildId;

/**
 * A screening officer decided what to do with a concern: published in the transaction that records
 * the decision. The cases module reacts to a referral to the CSE service: it opens the child's case
 * or adds the concern to it, writes the decision in the chronology and tells intake which case it
 * was ({@link ScreeningDecisions#referredTo}). Audited as one change to the concern.
 *
 * @param child the child the concern is linked to; null when it is not (only a referral needs one)
 * @param submittedAt when the concern was received
 * @param linkedAt when it was linked to the child, or null
 * @param decidedAt when the decision was recorded
 */
public record ConcernScreened(
    UUID concernId,
    String reference,
    ChildId child,
    ScreeningOutcome outcome,
    String reasons,
    String decidedByName,
    Instant submittedAt,
    Instant linkedAt,
    Instant decidedAt)
    implements AuditedEvent {

  public ConcernScreened {
    Objects.requireNonNull(concernId, "concernId");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(decidedAt, "decidedAt");
    if (outcome.needsChild()) {
      Objects.requireNonNull(child, "child");
    }
  }

  /** Whether the concern was referred to the CSE service, which opens or adds to a case. */
  public boolean referredToCseService() {
    return outcome == ScreeningOutcome.REFERRAL_TO_CSE_SERVICE;
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(AuditAction.CHANGE, ConcernAccess.RECORD_TYPE, concernId)
            .withDetail(
                "screening decision: "
                    + outcome
                    + ", received "
                    + submittedAt
                    + ", decided "
                    + decidedAt
                    + ", time to decision "
                    + Duration.between(submittedAt, decidedAt)
                    + (linkedAt == null ? "" : ", linked " + linkedAt)));
  }
}
