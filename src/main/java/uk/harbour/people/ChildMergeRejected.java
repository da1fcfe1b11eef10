package uk.harbour.people;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;

/** A proposed merge was turned down: nothing changed. Audited as a review of the merge. */
public record ChildMergeRejected(UUID mergeId) implements AuditedEvent {

  public ChildMergeRejected {
    Objects.requireNonNull(mergeId, "mergeId");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(AuditAction.REVIEW, Merges.MERGE, mergeId).withDetail("rejected"));
  }
}
