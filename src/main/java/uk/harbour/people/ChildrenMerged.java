package uk.harbour.people;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.shared.ChildId;

/**
 * One child's record was merged into another (approved by a second person), or that merge was
 * undone, in the transaction that did it. Audited against both children, and a merge also as the
 * approving review of the merge record.
 *
 * @param undone false for a merge, true for an unmerge
 */
public record ChildrenMerged(
    UUID mergeId,
    ChildId kept,
    String keptReference,
    ChildId merged,
    String mergedReference,
    boolean undone)
    implements AuditedEvent {

  public ChildrenMerged {
    Objects.requireNonNull(mergeId, "mergeId");
    Objects.requireNonNull(kept, "kept");
    Objects.requireNonNull(merged, "merged");
  }

  @Override
  public List<Audited> audited() {
    if (undone) {
      String detail =
          mergedReference + " separated from " + keptReference + " (merge " + mergeId + ")";
      return List.of(
          Audited.succeeded(AuditAction.UNMERGE, Children.RECORD_TYPE, kept).withDetail(detail),
          Audited.succeeded(AuditAction.UNMERGE, Children.RECORD_TYPE, merged).withDetail(detail));
    }
    String detail = mergedReference + " merged into " + keptReference + " (merge " + mergeId + ")";
    return List.of(
        Audited.succeeded(AuditAction.MERGE, Children.RECORD_TYPE, kept).withDetail(detail),
        Audited.succeeded(AuditAction.MERGE, Children.RECORD_TYPE, merged).withDetail(detail),
        Audited.succeeded(AuditAction.REVIEW, Merges.MERGE, mergeId).withDetail("approved"));
  }
}
