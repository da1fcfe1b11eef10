package uk.harbour.intelligence;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;

/**
 * An intelligence officer changed which register entry a mention is, after triage: separated it
 * into a new entry, or joined it to another (which also undoes a separation). Audited as a change
 * to both entries, in the words of {@link Change}.
 */
public record EntityResolutionChanged(UUID mentionId, EntityId from, EntityId to, Change change)
    implements AuditedEvent {

  /** What was decided, with the audit's words for it. */
  public enum Change {
    SEPARATED("mention separated into a new entry"),
    JOINED("mention joined to another entry");

    private final String words;

    Change(String words) {
      this.words = words;
    }
  }

  public EntityResolutionChanged {
    Objects.requireNonNull(mentionId, "mentionId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(change, "change");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(AuditAction.CHANGE, IntelligenceAccess.ENTITY, from.value())
            .withDetail(change.words),
        Audited.succeeded(AuditAction.CHANGE, IntelligenceAccess.ENTITY, to.value())
            .withDetail(change.words));
  }
}
