package uk.harbour.accesscontrol.signin;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;
import uk.harbour.shared.UserId;

/** A signed-in user changing their own password, audited. */
@Service
class OwnPassword {

  static final String FORCED_CHANGE =
      "password changed by its owner, as required after an administrator set it";

  private final AccountRepository accounts;
  private final PasswordCheck passwords;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  OwnPassword(
      AccountRepository accounts,
      PasswordCheck passwords,
      ApplicationEventPublisher events,
      Clock clock) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.events = events;
    this.clock = clock;
  }

  /** Whether a password is this account's current one; a wrong one is recorded. */
  @Transactional
  boolean checkCurrent(UserId user, String password) {
    boolean right =
        accounts.find(user).map(a -> passwords.matches(password, a.passwordHash())).orElse(false);
    if (!right) {
      events.publishEvent(
          new Audited(
              AuditAction.CHANGE,
              "user",
              user.toString(),
              AuditOutcome.FAILED,
              null,
              "password not changed: current password wrong"));
    }
    return right;
  }

  /**
   * Sets the owner's new password, which has already passed the password policy. If an
   * administrator had set the old one, the audit says this was the change they had to make.
   */
  @Transactional
  void change(UserId user, String newPassword) {
    boolean required = accounts.lock(user).map(Account::mustChangePassword).orElse(false);
    accounts.changePassword(user, passwords.encode(newPassword), clock.instant());
    events.publishEvent(
        new OwnAccountChanged(
            user,
            required
                ? OwnAccountChanged.Change.REQUIRED_PASSWORD_CHANGED
                : OwnAccountChanged.Change.PASSWORD_CHANGED));
  }
}
