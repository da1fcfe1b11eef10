package uk.harbour.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.shared.ChildId;

/**
 * A link made by mistake was undone while the concern awaited screening, in the transaction that
 * undid it. The cases module takes the concern off the child's case, and its chronology says so.
 * Audited against the concern and against the child.
 *
 * @param at when it was unlinked
 */
public record ConcernUnlinked(
    UUID concernId, String reference, ChildId child, String childReference, Instant at)
    implements AuditedEvent {

  public ConcernUnlinked {
    ConcernAccess.requireLinkParts(concernId, reference, child, at);
  }

  @Override
  public List<Audited> audited() {
    return ConcernAccess.linkChange(
        concernId,
        "unlinked from child " + childReference,
        child,
        "concern " + reference + " unlinked");
  }
}
