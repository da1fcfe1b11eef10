package uk.harbour.accesscontrol.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import uk.harbour.shared.UserId;

/**
 * What administrators see of an account's failed sign-ins: whether it is throttled now, and where
 * its recent failures came from, so that they can tell the owner's typing from someone else's
 * attack.
 */
@Service
public class SignInFailures {

  /** One failed or refused attempt. */
  public record Attempt(Instant at, String address, FailureKind kind) {}

  /** An address failures came from, and whether that address is limited now. */
  public record Source(String address, int attempts, Instant latest, boolean limitedNow) {}

  /**
   * The account's throttling now.
   *
   * @param wrongPasswords wrong passwords in a row
   * @param passwordWaitUntil when the password step next accepts an attempt, if it must wait
   * @param passwordLocked whether that wait is the 15-minute lock (sign-in with password and code
   *     together still works)
   * @param partlyRight partly right attempts in a row (one factor right, the other wrong)
   * @param lockedUntil when every way of signing in opens again, after partly right attempts
   */
  public record Status(
      int wrongPasswords,
      @Nullable Instant passwordWaitUntil,
      boolean passwordLocked,
      int partlyRight,
      @Nullable Instant lockedUntil) {

    public boolean throttled() {
      return passwordWaitUntil != null || lockedUntil != null;
    }
  }

  static final Duration SOURCES_SINCE = Duration.ofDays(1);

  private final AccountRepository accounts;
  private final SignInFailureRepository log;
  private final AddressFailureRepository addresses;
  private final Clock clock;

  SignInFailures(
      AccountRepository accounts,
      SignInFailureRepository log,
      AddressFailureRepository addresses,
      Clock clock) {
    this.accounts = accounts;
    this.log = log;
    this.addresses = addresses;
    this.clock = clock;
  }

  public Optional<Status> status(UserId user) {
    Instant now = clock.instant();
    return accounts.find(user).map(a -> status(a, now));
  }

  /** The newest failed and refused attempts, newest first. */
  public List<Attempt> recent(UserId user, int limit) {
    return log.recent(user, limit);
  }

  /** The addresses of the last day's failures, the busiest first, each saying if it is limited. */
  public List<Source> sources(UserId user, int limit) {
    Instant now = clock.instant();
    return log.sources(user, now.minus(SOURCES_SINCE), limit).stream()
        .map(
            s ->
                new Source(
                    s.address(),
                    s.attempts(),
                    s.latest(),
                    s.address() != null && addresses.limited(s.address(), now)))
        .toList();
  }

  private static Status status(Account a, Instant now) {
    Lockout password = a.lockout();
    Instant passwordWait = null;
    if (password.locked(now)) {
      passwordWait = password.lockedUntil();
    } else if (password.refuses(now)) {
      passwordWait = password.notBefore();
    }
    Lockout partial = a.partialLockout();
    return new Status(
        a.failedAttempts(),
        passwordWait,
        password.locked(now),
        a.partialFailures(),
        partial.locked(now) ? partial.lockedUntil() : null);
  }
}
