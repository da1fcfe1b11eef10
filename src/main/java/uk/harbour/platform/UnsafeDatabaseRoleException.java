package uk.harbour.platform;

/** The role Harbour runs as could change or remove audit events: Harbour must not start. */
class UnsafeDatabaseRoleException extends IllegalStateException {

  UnsafeDatabaseRoleException(String message) {
    super(message);
  }
}
