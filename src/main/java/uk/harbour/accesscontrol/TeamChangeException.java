package uk.harbour.accesscontrol;

/** A team change that cannot be made; {@link #messageKey()} explains why to the user. */
public class TeamChangeException extends RuntimeException {
  private final String messageKey;

  public TeamChangeException(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
