package uk.harbour.shared;

/**
 * The record does not exist, or the user may not know that it does. Both look the same from
 * outside: a 404 page. Transactions do not roll back for it, so a denial's audit event is kept.
 */
public class RecordNotFoundException extends RuntimeException {
  public RecordNotFoundException(String recordType) {
    super(recordType + " not found");
  }
}
