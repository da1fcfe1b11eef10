package uk.harbour.disruption;

import java.util.List;
import java.util.Objects;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.shared.ChildId;

/**
 * A disruption activity was created or changed, a breach was recorded, or its outcome was, in the
 * transaction that saved it. Audited against the activity and each linked child, so the children's
 * "who has seen this record" shows it.
 *
 * @param words the tactic's code, the breach's follow-up or the outcome, as the change needs
 */
public record DisruptionActivityChanged(
    DisruptionId activity, Change change, String words, List<ChildId> children)
    implements AuditedEvent {

  /** What happened to the activity, in the audit's words. */
  public enum Change {
    CREATED("disruption activity created: "),
    UPDATED("disruption activity updated: "),
    BREACH_RECORDED("breach recorded, followed by: "),
    OUTCOME_RECORDED("outcome recorded: ");

    private final String prefix;

    Change(String prefix) {
      this.prefix = prefix;
    }
  }

  public DisruptionActivityChanged {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(words, "words");
    children = List.copyOf(children);
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(
                change == Change.CREATED ? AuditAction.CREATE : AuditAction.CHANGE,
                Activities.RECORD_TYPE,
                activity)
            .withDetail(change.prefix + words)
            .withChildren(children));
  }
}
