package uk.harbour.people;

/** A merge, approval or unmerge that cannot go ahead; the message key says why, in plain words. */
class MergeException extends RuntimeException {

  private final String messageKey;

  MergeException(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  String messageKey() {
    return messageKey;
  }
}
