package uk.harbour.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.harbour.shared.ChildId;

/**
 * Everything the case home page shows about a case's life.
 *
 * @param reReferralAfter when the child's previous case closed, if this case came within the
 *     re-referral window of that closure; null otherwise
 */
record CaseRecord(
    CaseId id,
    ChildId child,
    CaseStatus status,
    Instant openedAt,
    String openedByName,
    Instant statusChangedAt,
    String statusReason,
    Instant closedAt,
    LocalDate followUpOn,
    Instant reopenedAt,
    UUID keyWorkerId,
    String keyWorkerName,
    Instant keyWorkerSince,
    Instant reReferralAfter,
    int version,
    Instant updatedAt,
    String updatedByName) {

  public boolean isOpen() {
    return status == CaseStatus.OPEN;
  }

  public boolean isClosed() {
    return status == CaseStatus.CLOSED;
  }

  public boolean hasKeyWorker() {
    return keyWorkerId != null;
  }
}
