package uk.harbour.cases.plan;

import java.util.List;
import java.util.Objects;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.Cases;

/**
 * A case's multi-agency plan changed, in the transaction that changed it. Audited as a change to
 * the case, in the words of {@link Change}.
 */
public record PlanChanged(CaseId caseId, Change change) implements AuditedEvent {

  /** What changed in the plan, with the audit's words for it. */
  public enum Change {
    SAVED("plan saved"),
    FINALISED("plan finalised"),
    ACTION_ADDED("plan action added"),
    ACTION_CHANGED("plan action changed"),
    MEASURE_ADDED("plan measure added"),
    MEASURE_RECORDED("plan measure recorded"),
    REVIEW_RECORDED("plan review recorded"),
    YOUNG_PERSONS_COMMENT("plan comment from the young person recorded");

    private final String words;

    Change(String words) {
      this.words = words;
    }
  }

  public PlanChanged {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(change, "change");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(AuditAction.CHANGE, Cases.RECORD_TYPE, caseId).withDetail(change.words));
  }
}
