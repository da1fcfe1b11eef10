package uk.harbour.missing;

/**
 * An episode that would break a rule of episodes: a return before the start, or two of a child's
 * episodes overlapping. The form shows the message on the field.
 */
class EpisodeRuleBroken extends RuntimeException {

  private final String field;
  private final String messageKey;

  EpisodeRuleBroken(String field, String messageKey) {
    super(messageKey);
    this.field = field;
    this.messageKey = messageKey;
  }

  String field() {
    return field;
  }

  String messageKey() {
    return messageKey;
  }
}
