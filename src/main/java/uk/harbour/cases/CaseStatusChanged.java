package uk.harbour.cases;

import java.util.List;
import java.util.Objects;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;

/**
 * A case moved from one status to another, in the transaction that moved it: by a person ({@code
 * CaseLifecycle}) or because a new concern was referred to a stepped-down case. Audited as a change
 * to the case.
 *
 * @param concernReference the concern that stepped the case back up, or null for a person's change
 */
public record CaseStatusChanged(
    CaseId caseId, CaseStatus from, CaseStatus to, String concernReference)
    implements AuditedEvent {

  public CaseStatusChanged {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(AuditAction.CHANGE, Cases.RECORD_TYPE, caseId)
            .withDetail(
                "status "
                    + from
                    + " to "
                    + to
                    + (concernReference == null ? "" : ": concern " + concernReference)));
  }
}
