package uk.harbour.intelligence;

import java.util.List;
import java.util.Objects;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.shared.ChildId;

/**
 * An intelligence officer recorded that a person of concern on the register is also a child known
 * to Harbour (a victim in their own right), or removed that. Audited as a change to the entry,
 * naming the child, in the words of {@link Change}.
 */
public record DualIdentityChanged(EntityId entity, ChildId child, Change change)
    implements AuditedEvent {

  /** What was decided, with the audit's words for it. */
  public enum Change {
    RECORDED("person of concern recorded as a child known to Harbour"),
    REMOVED("person of concern no longer recorded as a child known to Harbour");

    private final String words;

    Change(String words) {
      this.words = words;
    }
  }

  public DualIdentityChanged {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(change, "change");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(AuditAction.CHANGE, IntelligenceAccess.ENTITY, entity.value())
            .withDetail(change.words)
            .withChildren(List.of(child)));
  }
}
