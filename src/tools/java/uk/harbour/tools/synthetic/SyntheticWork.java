package uk.harbour.tools.synthetic;

import java.time.Instant;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.Cases;
import uk.harbour.shared.UserId;

/**
 * A generated case whose key worker writes an assessment or a plan in bulk, and the manager who
 * signs it off; for the synthetic data generator only.
 */
public record SyntheticWork(
    CaseId caseId,
    UserId keyWorker,
    String keyWorkerName,
    UserId manager,
    String managerName,
    Instant openedAt) {

  /** The columns every bulk statement unnests, one array each, in the same order. */
  public record Arrays(
      java.util.UUID[] cases,
      java.util.UUID[] workers,
      String[] workerNames,
      java.util.UUID[] managers,
      String[] managerNames,
      String[] opened) {

    /** The arrays as named parameters: cases, workers, workerNames, opened. */
    public java.util.Map<String, Object> params() {
      return java.util.Map.of(
          "cases", cases, "workers", workers, "workerNames", workerNames, "opened", opened);
    }
  }

  /** The one audit event a bulk load of {@code count} things of a kind writes against cases. */
  public static uk.harbour.audit.Audited created(String what, int count) {
    return new uk.harbour.audit.Audited(
        uk.harbour.audit.AuditAction.CREATE,
        Cases.RECORD_TYPE,
        null,
        uk.harbour.audit.AuditOutcome.SUCCEEDED,
        null,
        "synthetic " + what + " created: " + count);
  }

  /** The work as column arrays for {@code unnest}. */
  public static Arrays columns(java.util.List<SyntheticWork> work) {
    int n = work.size();
    Arrays a =
        new Arrays(
            new java.util.UUID[n],
            new java.util.UUID[n],
            new String[n],
            new java.util.UUID[n],
            new String[n],
            new String[n]);
    for (int i = 0; i < n; i++) {
      SyntheticWork w = work.get(i);
      a.cases()[i] = w.caseId().value();
      a.workers()[i] = w.keyWorker().value();
      a.workerNames()[i] = w.keyWorkerName();
      a.managers()[i] = w.manager() == null ? null : w.manager().value();
      a.managerNames()[i] = w.managerName();
      a.opened()[i] = w.openedAt().toString();
    }
    return a;
  }
}
