package uk.harbour.accesscontrol.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.Totp;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.shared.UserId;

/**
 * Checks passwords and second-factor codes, counts failures ({@link FailedAttempts}) and publishes
 * what happened. Every way a password step can fail looks the same from outside: unknown account,
 * wrong password, inactive account, locked account, too soon after earlier failures, or too many
 * failures from the same address; so does every failure of sign-in with password and code together.
 * Each path hashes a password once so that timing does not tell them apart either.
 */
@Service
class Authenticator {

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

  private final AccountRepository accounts;
  private final FailedAttempts failures;
  private final PasswordCheck passwords;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Authenticator(
      AccountRepository accounts,
      FailedAttempts failures,
      PasswordCheck passwords,
      ApplicationEventPublisher events,
      Clock clock) {
    this.accounts = accounts;
    this.failures = failures;
    this.passwords = passwords;
    this.events = events;
    this.clock = clock;
  }

  /**
   * The password step. Refused without looking at the password, and counted against the address,
   * while the address has too many failures, the account must wait after wrong passwords, or the
   * account is locked after partly right attempts.
   */
  @Transactional
  public Optional<PasswordAccepted> checkPassword(String username, String password, String from) {
    Instant now = clock.instant();
    String name = normaliseUsername(username);
    Account account = name == null ? null : accounts.lockByUsername(name).orElse(null);
    if (failures.addressLimited(from, now)) {
      passwords.spendHashingTime(password);
      failures.refused(
          account,
          from,
          now,
          FailureKind.REFUSED_ADDRESS_LIMITED,
          "too many failed attempts from this address");
      return Optional.empty();
    }
    boolean waitAfterWrongPasswords = account != null && account.lockout().refuses(now);
    if (refusedBeforeChecking(account, password, from, now, waitAfterWrongPasswords)) {
      return Optional.empty();
    }
    if (!passwords.matches(password, account.passwordHash())) {
      failures.wrongPassword(account, from, now, "wrong password");
      return Optional.empty();
    }
    return Optional.of(new PasswordAccepted(account.id(), account.enrolled()));
  }

  /** Checks a code from the user's authenticator app after a correct password. */
  @Transactional
  public CodeResult checkCode(UserId user, String code, String from) {
    Instant now = clock.instant();
    Account account = accounts.lock(user).orElse(null);
    CodeResult refused = refuseCode(account, from, now, true);
    if (refused != null) {
      return refused;
    }
    OptionalLong step = Totp.verify(account.totpSecret(), code, now, account.totpLastStep());
    if (step.isEmpty()) {
      return failures.partlyRight(account, from, now, FailureKind.WRONG_CODE, "wrong code").locks()
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
  public CodeResult confirmEnrolment(UserId user, String secret, String code, String from) {
    Instant now = clock.instant();
    Account account = accounts.lock(user).orElse(null);
    CodeResult refused = refuseCode(account, from, now, false);
    if (refused != null) {
      return refused;
    }
    OptionalLong step = Totp.verify(secret, code, now, null);
    if (step.isEmpty()) {
      return failures
              .partlyRight(
                  account, from, now, FailureKind.WRONG_CODE, "wrong code while setting up")
              .locks()
          ? CodeResult.ENDED
          : CodeResult.WRONG_CODE;
    }
    if (!accounts.enrol(user, secret, step.getAsLong())) {
      events.publishEvent(FailedAttempts.failed(account, "second factor already set up"));
      return CodeResult.ENDED;
    }
    events.publishEvent(new OwnAccountChanged(user, OwnAccountChanged.Change.SECOND_FACTOR_SET_UP));
    return CodeResult.SIGNED_IN;
  }

  /**
   * Sign-in with the password and a code together, in one step. A lock that only wrong passwords
   * caused, and the address's limit, do not stop it: someone with both factors is the owner, and
   * someone without them learns nothing here, because every failure looks the same. A lock after
   * partly right attempts does stop it. Returns the user if both were right.
   */
  @Transactional
  public Optional<UserId> checkPasswordAndCode(
      String username, String password, String code, String from) {
    Instant now = clock.instant();
    String name = normaliseUsername(username);
    Account account = name == null ? null : accounts.lockByUsername(name).orElse(null);
    boolean waitAfterPartlyRight = account != null && account.partialLockout().refuses(now);
    if (refusedBeforeChecking(account, password, from, now, waitAfterPartlyRight)) {
      return Optional.empty();
    }
    boolean passwordRight = passwords.matches(password, account.passwordHash());
    OptionalLong step =
        account.enrolled()
            ? Totp.verify(account.totpSecret(), code, now, account.totpLastStep())
            : OptionalLong.empty();
    if (passwordRight && step.isPresent()) {
      accounts.recordSuccess(account.id(), step.getAsLong());
      return Optional.of(account.id());
    }
    if (!passwordRight && step.isEmpty()) {
      failures.wrongPassword(account, from, now, "wrong password and code, given together");
    } else if (!passwordRight) {
      failures.partlyRight(
          account,
          from,
          now,
          FailureKind.RIGHT_CODE_WRONG_PASSWORD,
          "right code with a wrong password");
    } else if (account.enrolled()) {
      failures.partlyRight(
          account, from, now, FailureKind.WRONG_CODE, "wrong code with the right password");
    } else {
      failures.refused(
          account, from, now, FailureKind.REFUSED_LOCKED, "no second factor set up yet");
    }
    return Optional.empty();
  }

  /**
   * Published once the session holds the signed-in user, so the audit knows who it was. Returns
   * whether this is the first sign-in after an approved reset of the account's sign-in details:
   * then the user is shown who reset them, and the owner and their manager are told.
   */
  @Transactional
  public boolean recordSignIn(UserId user, String how) {
    Optional<UUID> reset = accounts.takeResetToShow(user);
    String detail = reset.map(r -> join(how, "first sign-in after sign-in reset " + r)).orElse(how);
    events.publishEvent(Audited.succeeded(AuditAction.LOGIN, "user", user).withDetail(detail));
    reset.ifPresent(r -> events.publishEvent(new SignedInAfterReset(user, r)));
    return reset.isPresent();
  }

  @Transactional
  public void recordSignOut(UserId user, String detail) {
    events.publishEvent(Audited.succeeded(AuditAction.LOGOUT, "user", user).withDetail(detail));
  }

  /**
   * Refuses, without checking what was typed, an attempt on an unknown or inactive account, one
   * locked after partly right attempts, or one that must {@code wait} for another reason. Each path
   * hashes the password once, so timing does not tell them apart.
   */
  private boolean refusedBeforeChecking(
      Account account, String password, String from, Instant now, boolean wait) {
    if (account == null) {
      passwords.spendHashingTime(password);
      failures.unknownAccount(from, now);
      return true;
    }
    if (!account.active()) {
      passwords.spendHashingTime(password);
      failures.refused(account, from, now, FailureKind.ACCOUNT_INACTIVE, "account inactive");
      return true;
    }
    if (account.partialLockout().locked(now) || wait) {
      passwords.spendHashingTime(password);
      failures.refused(account, from, now, FailureKind.REFUSED_LOCKED, refusal(account, now));
      return true;
    }
    return false;
  }

  /**
   * Whether a pending code step goes on. A lock after partly right attempts, deactivation or a
   * changed second factor ends it; a lock after wrong passwords (which anyone can cause) does not,
   * because this user has given the right password.
   */
  private @Nullable CodeResult refuseCode(
      Account account, String from, Instant now, boolean mustBeEnrolled) {
    if (account == null || !account.active() || account.partialLockout().locked(now)) {
      events.publishEvent(
          FailedAttempts.failed(
              account, account == null ? "unknown account" : refusal(account, now)));
      return CodeResult.ENDED;
    }
    if (account.enrolled() != mustBeEnrolled) {
      events.publishEvent(FailedAttempts.failed(account, "second factor state changed"));
      return CodeResult.ENDED;
    }
    if (account.partialLockout().refuses(now)) {
      failures.refused(account, from, now, FailureKind.REFUSED_LOCKED, refusal(account, now));
      return CodeResult.WRONG_CODE;
    }
    return null;
  }

  private static String refusal(Account account, Instant now) {
    if (!account.active()) {
      return "account inactive";
    }
    if (account.partialLockout().locked(now)) {
      return "account locked after partly right attempts";
    }
    if (account.lockout().locked(now)) {
      return "password step locked";
    }
    return "too soon after failed attempts";
  }

  private static String join(@Nullable String first, String second) {
    return first == null ? second : first + "; " + second;
  }

  static @Nullable String normaliseUsername(@Nullable String username) {
    if (username == null) {
      return null;
    }
    String name = username.strip().toLowerCase(Locale.ROOT);
    return name.isEmpty() || name.length() > MAX_USERNAME ? null : name;
  }
}
