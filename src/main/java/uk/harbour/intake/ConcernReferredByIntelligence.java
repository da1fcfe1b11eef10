package uk.harbour.intake;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;

/**
 * The police intelligence unit referred a partner's intelligence to screening and it became a
 * concern awaiting screening, in the transaction that recorded the unit's decision. Audited as a
 * new concern, naming the intelligence it came from (its reference only, never its words).
 *
 * @param reference the concern's reference, for example CON-2026-000123
 * @param intelligenceReference the submission's reference, for example INT-K7MX-9DTA
 */
public record ConcernReferredByIntelligence(
    UUID concernId, String reference, String intelligenceReference, Instant submittedAt)
    implements AuditedEvent {

  public ConcernReferredByIntelligence {
    Objects.requireNonNull(concernId, "concernId");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(intelligenceReference, "intelligenceReference");
    Objects.requireNonNull(submittedAt, "submittedAt");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(AuditAction.CREATE, ConcernAccess.RECORD_TYPE, concernId)
            .withDetail(
                "referred by police intelligence " + intelligenceReference + " as " + reference));
  }
}
