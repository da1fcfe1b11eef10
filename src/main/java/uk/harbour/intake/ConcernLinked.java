package uk.harbour.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.shared.ChildId;

/**
 * A concern awaiting screening was linked to a child, in the transaction that linked it: by a
 * screening officer, by Harbour when the concern was submitted and the match was certain, or by the
 * police intelligence unit's referral naming one child. The cases module puts the concern on the
 * child's case (or keeps it for the next one) and tells the child's key worker. Audited against the
 * concern and against the child.
 *
 * @param childReference the child's Harbour reference, for example HBR-001234
 * @param how how the child was found, in the audit's words: "existing child", "new child", "kept
 *     child (… was merged into it)", "child automatically (match probability …)" or "child named by
 *     police intelligence"
 * @param at when it was linked
 */
public record ConcernLinked(
    UUID concernId, String reference, ChildId child, String childReference, String how, Instant at)
    implements AuditedEvent {

  public ConcernLinked {
    ConcernAccess.requireLinkParts(concernId, reference, child, at);
  }

  @Override
  public List<Audited> audited() {
    return ConcernAccess.linkChange(
        concernId,
        "linked to " + how + " " + childReference,
        child,
        "concern " + reference + " linked");
  }
}
