package uk.harbour.accesscontrol;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;

/**
 * A data protection officer reviewed a use of break-glass, in the transaction that recorded it.
 * Audited as a review of the use, naming the outcome. Only the audit listens, so the type stays
 * inside this package.
 *
 * @param grant the use of break-glass reviewed
 */
record BreakGlassReviewed(UUID grant, BreakGlassReviewOutcome outcome) implements AuditedEvent {

  BreakGlassReviewed {
    Objects.requireNonNull(grant, "grant");
    Objects.requireNonNull(outcome, "outcome");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(AuditAction.REVIEW, BreakGlass.RECORD_TYPE, grant)
            .withDetail(outcome.name()));
  }
}
