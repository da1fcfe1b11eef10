package uk.harbour.intelligence;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.shared.ChildId;

/**
 * A submission changed, in the transaction that changed it: audited against the submission (and the
 * children it is about) in the words of {@link Change}, which never carry its content.
 */
public record IntelligenceChanged(UUID submissionId, Change change, List<ChildId> children)
    implements AuditedEvent {

  /** What happened, with the audit's words for it. */
  public enum Change {
    DRAFT_STARTED(AuditAction.CREATE, "intelligence draft started"),
    DRAFT_SAVED(AuditAction.CHANGE, "intelligence draft saved"),
    SUBMITTED(AuditAction.CHANGE, "intelligence submitted"),
    SUBMITTED_RISK_NOW(AuditAction.CHANGE, "intelligence submitted: risk to a person now"),
    ACKNOWLEDGED(AuditAction.CHANGE, "risk to a person now acknowledged"),
    TRIAGED(AuditAction.CHANGE, "intelligence graded and outcome decided"),
    SHARED(AuditAction.CHANGE, "decision to share recorded"),
    NOT_SHARED(AuditAction.CHANGE, "decision not to share recorded");

    private final AuditAction action;
    private final String words;

    Change(AuditAction action, String words) {
      this.action = action;
      this.words = words;
    }
  }

  public IntelligenceChanged {
    Objects.requireNonNull(submissionId, "submissionId");
    Objects.requireNonNull(change, "change");
    children = List.copyOf(children);
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(change.action, IntelligenceAccess.SUBMISSION, submissionId)
            .withDetail(change.words)
            .withChildren(children));
  }
}
