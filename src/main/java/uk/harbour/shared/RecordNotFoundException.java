package uk.harbour.shared;

import org.jspecify.annotations.Nullable;

/**
 * The record does not exist, or the user may not know that it does. Both look the same from
 * outside: a 404 page. Transactions do not roll back for it, so a denial's audit event is kept.
 */
public class RecordNotFoundException extends RuntimeException {
  private final @Nullable String emergencyAccessPath;

  public RecordNotFoundException(String recordType) {
    this(recordType, null);
  }

  /**
   * @param emergencyAccessPath where the user may ask for break-glass access to this record, shown
   *     on the 404 page; {@code null} when break-glass does not apply
   */
  public RecordNotFoundException(String recordType, @Nullable String emergencyAccessPath) {
    super(recordType + " not found");
    this.emergencyAccessPath = emergencyAccessPath;
  }

  public @Nullable String emergencyAccessPath() {
    return emergencyAccessPath;
  }
}
