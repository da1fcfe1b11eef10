package uk.harbour.cases;

import java.util.List;
import java.util.Objects;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.shared.ChildId;

/** A case was opened for a child, in the transaction that opened it. Audited as a new case. */
public record CaseOpened(CaseId caseId, ChildId child) implements AuditedEvent {

  public CaseOpened {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(child, "child");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(AuditAction.CREATE, Cases.RECORD_TYPE, caseId)
            .withDetail("child " + child));
  }
}
