package uk.harbour.accesscontrol.signin;

import java.time.Duration;
import java.time.Instant;

/**
 * How long an account must wait after failed sign-in attempts. The first five failures cost
 * nothing; from the fifth, each failure makes the next attempt wait twice as long as the last (1 s,
 * 2 s, 4 s, 8 s, 16 s); the tenth locks the account for 15 minutes. Failures keep counting until a
 * sign-in succeeds or an administrator unlocks the account, so after a lock ends each further
 * failure locks the account again.
 *
 * @param notBefore no attempt is considered before this instant, or {@code null}
 * @param lockedUntil the account is locked until this instant, or {@code null}
 */
record Lockout(Instant notBefore, Instant lockedUntil) {

  static final int FREE_FAILURES = 4;
  static final int LOCK_AT = 10;
  static final Duration LOCK_FOR = Duration.ofMinutes(15);

  static final Lockout NONE = new Lockout(null, null);

  /** The penalty after {@code failures} consecutive failures, the last one at {@code now}. */
  static Lockout after(int failures, Instant now) {
    if (failures >= LOCK_AT) {
      return new Lockout(null, now.plus(LOCK_FOR));
    }
    if (failures > FREE_FAILURES) {
      return new Lockout(now.plusSeconds(1L << (failures - FREE_FAILURES - 1)), null);
    }
    return NONE;
  }

  /** Whether an attempt at {@code now} is refused without looking at the password. */
  boolean refuses(Instant now) {
    return locked(now) || (notBefore != null && now.isBefore(notBefore));
  }

  boolean locked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** Whether this failure is the one that locked the account. */
  boolean locks() {
    return lockedUntil != null;
  }
}
