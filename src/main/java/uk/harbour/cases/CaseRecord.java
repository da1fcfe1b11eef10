package uk.harbour.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
    @Nullable Instant statusChangedAt,
    @Nullable String statusReason,
    @Nullable Instant closedAt,
    @Nullable LocalDate followUpOn,
    @Nullable Instant reopenedAt,
    @Nullable UUID keyWorkerId,
    @Nullable String keyWorkerName,
    @Nullable Instant keyWorkerSince,
    @Nullable Instant reReferralAfter,
    int version,
    @Nullable Instant updatedAt,
    @Nullable String updatedByName) {

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
