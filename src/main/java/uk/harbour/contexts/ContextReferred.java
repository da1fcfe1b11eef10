package uk.harbour.contexts;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;

/**
 * A referral about a context was made, or the contextual safeguarding lead decided it. Audited
 * against the referral; it names no child.
 *
 * @param decision null when the referral was made, else the decision's name
 */
public record ContextReferred(UUID referral, String kind, String decision) implements AuditedEvent {

  /** The audit's record type for a referral about a context. */
  public static final String RECORD_TYPE = "context referral";

  public ContextReferred {
    Objects.requireNonNull(referral, "referral");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(decision, "decision");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        decision.isEmpty()
            ? Audited.succeeded(AuditAction.CREATE, RECORD_TYPE, referral)
                .withDetail("referral about a context made: " + kind)
            : Audited.succeeded(AuditAction.CHANGE, RECORD_TYPE, referral)
                .withDetail("referral about a context decided: " + decision));
  }
}
