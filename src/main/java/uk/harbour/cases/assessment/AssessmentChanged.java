package uk.harbour.cases.assessment;

import java.util.List;
import java.util.Objects;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.Cases;

/**
 * A case's assessment was saved, a version of it submitted for sign-off, or a version signed off,
 * in the transaction that did it. Audited as a change to the case.
 *
 * @param version the version submitted or signed off; 0 when the working copy was saved
 */
public record AssessmentChanged(CaseId caseId, Change change, int version) implements AuditedEvent {

  /** What happened to the assessment. */
  public enum Change {
    SAVED,
    SUBMITTED,
    SIGNED_OFF
  }

  public AssessmentChanged {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(change, "change");
  }

  @Override
  public List<Audited> audited() {
    String detail =
        switch (change) {
          case SAVED -> " saved";
          case SUBMITTED -> " version " + version + " submitted";
          case SIGNED_OFF -> " version " + version + " signed off";
        };
    return List.of(
        Audited.succeeded(AuditAction.CHANGE, Cases.RECORD_TYPE, caseId)
            .withDetail(Assessments.AUDIT_DETAIL + detail));
  }
}
