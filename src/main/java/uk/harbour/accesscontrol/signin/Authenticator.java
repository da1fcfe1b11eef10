package uk.harbour.accesscontrol.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.shared.AuditAction;
import uk.harbour.shared.AuditOutcome;
import uk.harbour.shared.Audited;
import uk.harbour.shared.UserId;

/**
 * Checks passwords and second-factor codes, counts failures and publishes what happened. Every way
 * a password step can fail looks the same from outside: unknown account, wrong password, inactive
 * account, locked account or too soon after earlier failures. Each path hashes a password once so
 * that timing does not tell them apart either.
 */
@Service
public class Authenticator {

  /** What happened to a second-factor code. */
  public enum CodeResult {
    /** Correct: the user may be signed in. */
    SIGNED_IN,
    /** Wrong, replayed, or typed too soon after earlier failures: try again. */
    WRONG_CODE,
    /** The account is locked, inactive or gone: start again from the password. */
    ENDED
  }

  /** A correct password for an active account; sign-in still needs the second factor. */
  public record PasswordAccepted(UserId userId, boolean enrolled) {}

  static final int MAX_USERNAME = 100;

  static final String FORCED_CHANGE =
      "password changed by its owner, as required after an administrator set it";

  private final Accounts accounts;
  private final PasswordEncoder passwords;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final String dummyHash;

  Authenticator(
      Accounts accounts, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.events = events;
    this.clock = clock;
    this.dummyHash = passwords.encode("not a password " + UUID.randomUUID());
  }

  @Transactional
  public Optional<PasswordAccepted> checkPassword(String username, String password) {
    Instant now = clock.instant();
    String name = normaliseUsername(username);
    Optional<Account> found = name == null ? Optional.empty() : accounts.lockByUsername(name);
    if (found.isEmpty()) {
      spendHashingTime(password);
      events.publishEvent(failed(null, "unknown account"));
      return Optional.empty();
    }
    Account account = found.get();
    if (!account.active()) {
      spendHashingTime(password);
      events.publishEvent(failed(account, "account inactive"));
      return Optional.empty();
    }
    if (account.lockout().refuses(now)) {
      spendHashingTime(password);
      events.publishEvent(failed(account, refusal(account, now)));
      return Optional.empty();
    }
    if (!matches(password, account.passwordHash())) {
      recordFailure(account, now, "wrong password");
      return Optional.empty();
    }
    return Optional.of(new PasswordAccepted(account.id(), account.enrolled()));
  }

  /** Checks a code from the user's authenticator app after a correct password. */
  @Transactional
  public CodeResult checkCode(UserId user, String code) {
    Instant now = clock.instant();
    Account account = accounts.lock(user).orElse(null);
    CodeResult refused = refuseCode(account, now, true);
    if (refused != null) {
      return refused;
    }
    OptionalLong step = Totp.verify(account.totpSecret(), code, now, account.totpLastStep());
    if (step.isEmpty()) {
      return recordFailure(account, now, "wrong code").locks()
          ? CodeResult.ENDED
          : CodeResult.WRONG_CODE;
    }
    accounts.recordSuccess(user, step.getAsLong());
    return CodeResult.SIGNED_IN;
  }

  /**
   * Checks the first code from a newly set-up authenticator app and, if right, keeps its secret.
   */
  @Transactional
  public CodeResult confirmEnrolment(UserId user, String secret, String code) {
    Instant now = clock.instant();
    Account account = accounts.lock(user).orElse(null);
    CodeResult refused = refuseCode(account, now, false);
    if (refused != null) {
      return refused;
    }
    OptionalLong step = Totp.verify(secret, code, now, null);
    if (step.isEmpty()) {
      return recordFailure(account, now, "wrong code while setting up").locks()
          ? CodeResult.ENDED
          : CodeResult.WRONG_CODE;
    }
    if (!accounts.enrol(user, secret, step.getAsLong())) {
      events.publishEvent(failed(account, "second factor already set up"));
      return CodeResult.ENDED;
    }
    events.publishEvent(
        Audited.succeeded(AuditAction.CHANGE, "user", user).withDetail("second factor set up"));
    return CodeResult.SIGNED_IN;
  }

  /** Published once the session holds the signed-in user, so the audit knows who it was. */
  @Transactional
  public void recordSignIn(UserId user) {
    events.publishEvent(Audited.succeeded(AuditAction.LOGIN, "user", user));
  }

  @Transactional
  public void recordSignOut(UserId user, String detail) {
    events.publishEvent(Audited.succeeded(AuditAction.LOGOUT, "user", user).withDetail(detail));
  }

  /** Whether a password is this account's current one; a wrong one is recorded. */
  @Transactional
  public boolean checkCurrentPassword(UserId user, String password) {
    boolean right = accounts.find(user).map(a -> matches(password, a.passwordHash())).orElse(false);
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
  public void changePassword(UserId user, String newPassword) {
    boolean required = accounts.lock(user).map(Account::mustChangePassword).orElse(false);
    accounts.changePassword(user, passwords.encode(newPassword), clock.instant());
    events.publishEvent(
        Audited.succeeded(AuditAction.CHANGE, "user", user)
            .withDetail(required ? FORCED_CHANGE : "password changed"));
  }

  private CodeResult refuseCode(Account account, Instant now, boolean mustBeEnrolled) {
    if (account == null || !account.active() || account.lockout().locked(now)) {
      events.publishEvent(
          failed(account, account == null ? "unknown account" : refusal(account, now)));
      return CodeResult.ENDED;
    }
    if (account.enrolled() != mustBeEnrolled) {
      events.publishEvent(failed(account, "second factor state changed"));
      return CodeResult.ENDED;
    }
    if (account.lockout().refuses(now)) {
      events.publishEvent(failed(account, refusal(account, now)));
      return CodeResult.WRONG_CODE;
    }
    return null;
  }

  private Lockout recordFailure(Account account, Instant now, String detail) {
    int failures = account.failedAttempts() + 1;
    Lockout lockout = Lockout.after(failures, now);
    accounts.recordFailure(account.id(), failures, lockout);
    events.publishEvent(failed(account, detail + ", " + failures + " in a row"));
    if (lockout.locks()) {
      events.publishEvent(
          new Audited(
              AuditAction.ACCOUNT_LOCKED,
              "user",
              account.id().toString(),
              AuditOutcome.SUCCEEDED,
              null,
              "locked for "
                  + Lockout.LOCK_FOR.toMinutes()
                  + " minutes after "
                  + failures
                  + " failed attempts"));
    }
    return lockout;
  }

  private static String refusal(Account account, Instant now) {
    if (!account.active()) {
      return "account inactive";
    }
    return account.lockout().locked(now) ? "account locked" : "too soon after failed attempts";
  }

  private boolean matches(String password, String hash) {
    if (password == null || password.length() > PasswordPolicy.MAX_LENGTH * 4) {
      spendHashingTime(null);
      return false;
    }
    return passwords.matches(password, hash);
  }

  private void spendHashingTime(String password) {
    String candidate =
        password == null || password.length() > PasswordPolicy.MAX_LENGTH * 4 ? "" : password;
    passwords.matches(candidate, dummyHash);
  }

  private static Audited failed(Account account, String detail) {
    return new Audited(
        AuditAction.LOGIN_FAILED,
        "user",
        account == null ? null : account.id().toString(),
        AuditOutcome.FAILED,
        null,
        detail);
  }

  static String normaliseUsername(String username) {
    if (username == null) {
      return null;
    }
    String name = username.strip().toLowerCase(Locale.ROOT);
    return name.isEmpty() || name.length() > MAX_USERNAME ? null : name;
  }
}
