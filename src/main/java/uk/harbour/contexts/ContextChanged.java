package uk.harbour.contexts;

import java.util.List;
import java.util.Objects;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;

/**
 * Something about a context in the register was recorded, in the transaction that saved it. It
 * names no child: the register's records never do. Audited against the context.
 *
 * @param words what the change needs said (a kind, a version, a decision), never free text
 */
public record ContextChanged(ContextId context, Change change, String words)
    implements AuditedEvent {

  /** The audit's record type for a context. */
  public static final String RECORD_TYPE = "context";

  /** What happened, in the audit's words. */
  public enum Change {
    CREATED("context created: "),
    ASSESSED("context assessment saved: "),
    CONFERENCE_RECORDED("context conference recorded: "),
    PLAN_SAVED("context plan saved: "),
    MEASURE_RECORDED("context measure recorded: "),
    PLAN_REVIEWED("context plan reviewed: "),
    REFERRAL_JOINED("referral about the context decided: ");

    private final String prefix;

    Change(String prefix) {
      this.prefix = prefix;
    }
  }

  public ContextChanged {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(words, "words");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(
                change == Change.CREATED ? AuditAction.CREATE : AuditAction.CHANGE,
                RECORD_TYPE,
                context)
            .withDetail(change.prefix + words));
  }
}
