package uk.harbour.people;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;

/**
 * A screening officer proposed merging one child's record into another; a second person must
 * approve. Audited as a new merge record.
 */
public record ChildMergeProposed(UUID mergeId, String mergedReference, String keptReference)
    implements AuditedEvent {

  public ChildMergeProposed {
    Objects.requireNonNull(mergeId, "mergeId");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(AuditAction.CREATE, Merges.MERGE, mergeId)
            .withDetail("proposed: " + mergedReference + " into " + keptReference));
  }
}
