package uk.harbour.contexts;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.shared.ChildId;

/**
 * A child was linked to a context in their case, or their peer map changed. Audited against the
 * link or entry and the child, so the child's "who has seen this record" shows it.
 *
 * @param record the link's or peer map entry's id
 */
public record ChildContextChanged(UUID record, Change change, ChildId child)
    implements AuditedEvent {

  /** What happened, with the audit's record type and words. */
  public enum Change {
    LINKED("context link", AuditAction.CREATE, "child linked to a context"),
    PEER_ADDED("peer map entry", AuditAction.CREATE, "peer map entry added"),
    PEER_REMOVED("peer map entry", AuditAction.DELETE, "peer map entry removed");

    private final String recordType;
    private final AuditAction action;
    private final String words;

    Change(String recordType, AuditAction action, String words) {
      this.recordType = recordType;
      this.action = action;
      this.words = words;
    }
  }

  public ChildContextChanged {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(child, "child");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(change.action, change.recordType, record)
            .withDetail(change.words)
            .withChildren(List.of(child)));
  }
}
