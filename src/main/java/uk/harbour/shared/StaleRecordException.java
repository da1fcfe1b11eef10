package uk.harbour.shared;

import java.time.Instant;

/** Someone else saved the record after this user opened it; nothing was overwritten. */
public class StaleRecordException extends RuntimeException {
  private final String changedBy;
  private final Instant changedAt;

  public StaleRecordException(String changedBy, Instant changedAt) {
    super("Record changed since it was opened");
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
