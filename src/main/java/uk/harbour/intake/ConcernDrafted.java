package uk.harbour.intake;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;

/**
 * A practitioner started a draft concern or saved it again, in the transaction that saved it.
 * Audited as a new concern the first time and as a change after.
 *
 * @param started true when the draft was started, false when saved again
 */
public record ConcernDrafted(UUID concernId, boolean started) implements AuditedEvent {

  public ConcernDrafted {
    Objects.requireNonNull(concernId, "concernId");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        started
            ? Audited.succeeded(AuditAction.CREATE, ConcernAccess.RECORD_TYPE, concernId)
                .withDetail("draft")
            : Audited.succeeded(AuditAction.CHANGE, ConcernAccess.RECORD_TYPE, concernId)
                .withDetail("draft saved"));
  }
}
