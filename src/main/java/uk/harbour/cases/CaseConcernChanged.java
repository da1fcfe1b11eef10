package uk.harbour.cases;

import java.util.List;
import java.util.Objects;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;

/**
 * A concern was added to a case's concerns, or removed from them (unlinked by mistake), in the
 * transaction that did it. Audited as a change to the case.
 *
 * @param added true when added, false when removed
 */
public record CaseConcernChanged(CaseId caseId, String reference, boolean added)
    implements AuditedEvent {

  public CaseConcernChanged {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(reference, "reference");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(AuditAction.CHANGE, Cases.RECORD_TYPE, caseId)
            .withDetail((added ? "concern added: " : "concern removed: ") + reference));
  }
}
