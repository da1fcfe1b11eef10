package uk.harbour.cases;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;

/**
 * A case's key worker history moved to a new key worker, or to none, in the transaction that moved
 * it. Audited as a change to the case.
 *
 * @param keyWorker the new key worker's user id, or null when the case now has none
 */
public record KeyWorkerAllocated(CaseId caseId, UUID keyWorker) implements AuditedEvent {

  public KeyWorkerAllocated {
    Objects.requireNonNull(caseId, "caseId");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(AuditAction.CHANGE, Cases.RECORD_TYPE, caseId)
            .withDetail(
                keyWorker == null ? "key worker: none" : "key worker allocated: " + keyWorker));
  }
}
