package uk.harbour.shared;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Someone else saved the record after this user opened it; nothing was overwritten. */
public class StaleRecordException extends RuntimeException {
  private final @Nullable String changedBy;
  private final @Nullable Instant changedAt;

  public StaleRecordException(@Nullable String changedBy, @Nullable Instant changedAt) {
    super("Record changed since it was opened");
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public @Nullable String changedBy() {
    return changedBy;
  }

  public @Nullable Instant changedAt() {
    return changedAt;
  }
}
