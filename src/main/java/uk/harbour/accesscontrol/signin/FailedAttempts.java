package uk.harbour.accesscontrol.signin;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;

/**
 * Records a failed or refused sign-in attempt everywhere it counts: the account's counter of its
 * kind, the source address's count, the account's list of recent failures that administrators see,
 * and the audit trail. Callers hold the account's row lock.
 */
@Component
class FailedAttempts {

  private final AccountRepository accounts;
  private final AddressFailureRepository addresses;
  private final SignInFailureRepository log;
  private final ApplicationEventPublisher events;

  FailedAttempts(
      AccountRepository accounts,
      AddressFailureRepository addresses,
      SignInFailureRepository log,
      ApplicationEventPublisher events) {
    this.accounts = accounts;
    this.addresses = addresses;
    this.log = log;
    this.events = events;
  }

  /** A wrong password; returns what it costs the account's password step. */
  Lockout wrongPassword(Account account, String address, Instant now, String detail) {
    int failures = account.failedAttempts() + 1;
    Lockout lockout = Lockout.Rule.WRONG_PASSWORDS.after(failures, now);
    accounts.recordFailure(account.id(), failures, lockout);
    counted(account, address, now, FailureKind.WRONG_PASSWORD);
    events.publishEvent(failed(account, detail + ", " + failures + " in a row"));
    if (lockout.locks()) {
      locked(account, failures, "the password step is locked for", "wrong passwords");
    }
    return lockout;
  }

  /**
   * One factor right and the other wrong: a wrong code after the right password, or the right code
   * with a wrong password. Returns what it costs: at the lock, every way of signing in is closed.
   */
  Lockout partlyRight(
      Account account, String address, Instant now, FailureKind kind, String detail) {
    int failures = account.partialFailures() + 1;
    Lockout lockout = Lockout.Rule.PARTLY_RIGHT.after(failures, now);
    accounts.recordPartialFailure(account.id(), failures, lockout);
    counted(account, address, now, kind);
    events.publishEvent(failed(account, detail + ", " + failures + " partly right in a row"));
    if (lockout.locks()) {
      locked(account, failures, "locked for", "partly right attempts (one factor right)");
    }
    return lockout;
  }

  /** An attempt on a username no account has: only the address's count and the audit know. */
  void unknownAccount(String address, Instant now) {
    addresses.count(address, now);
    events.publishEvent(failed(null, "unknown account"));
  }

  /**
   * An attempt refused without checking what was typed. It counts against the address unless the
   * address itself was the reason (so a flood from one address writes no more than it must).
   */
  void refused(Account account, String address, Instant now, FailureKind kind, String detail) {
    if (kind != FailureKind.REFUSED_ADDRESS_LIMITED) {
      addresses.count(address, now);
    }
    if (account != null) {
      log.add(account.id(), now, address, kind);
    }
    events.publishEvent(failed(account, detail));
  }

  /** Whether the password step refuses attempts from this address for now. */
  boolean addressLimited(String address, Instant now) {
    return addresses.limited(address, now);
  }

  private void counted(Account account, String address, Instant now, FailureKind kind) {
    addresses.count(address, now);
    log.add(account.id(), now, address, kind);
  }

  private void locked(Account account, int failures, String what, String after) {
    events.publishEvent(
        new Audited(
            AuditAction.ACCOUNT_LOCKED,
            "user",
            account.id().toString(),
            AuditOutcome.SUCCEEDED,
            null,
            what
                + " "
                + Lockout.LOCK_FOR.toMinutes()
                + " minutes after "
                + failures
                + " "
                + after));
  }

  static Audited failed(Account account, String detail) {
    return new Audited(
        AuditAction.LOGIN_FAILED,
        "user",
        account == null ? null : account.id().toString(),
        AuditOutcome.FAILED,
        null,
        detail);
  }
}
