package uk.harbour.accesscontrol.signin;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How long an account must wait after failed sign-in attempts of one kind. Wrong passwords and
 * partly right attempts (one factor right, the other wrong) are counted and paid for apart; see
 * {@link Rule}. Failures keep counting until a sign-in succeeds or an administrator unlocks the
 * account, so after a lock ends each further failure locks the account again.
 *
 * @param notBefore no attempt is considered before this instant, or {@code null}
 * @param lockedUntil the account is locked until this instant, or {@code null}
 */
record Lockout(@Nullable Instant notBefore, @Nullable Instant lockedUntil) {

  static final Duration LOCK_FOR = Duration.ofMinutes(15);

  static final Lockout NONE = new Lockout(null, null);

  /** What failures of one kind cost: some free, then waits that double, then a lock. */
  enum Rule {
    /**
     * Wrong passwords: the first four cost nothing; from the fifth each failure makes the next
     * attempt wait twice as long as the last (1 s, 2 s, 4 s, 8 s, 16 s); the tenth locks the
     * password step for 15 minutes. Anyone can cause them, so this lock does not stop sign-in with
     * the right password and code together.
     */
    WRONG_PASSWORDS(4, 10),
    /**
     * A wrong code after the right password, or the right code with a wrong password: only someone
     * holding one factor can cause them. Two are free, then 1 s and 2 s, and the fifth locks every
     * way of signing in for 15 minutes.
     */
    PARTLY_RIGHT(2, 5);

    final int freeFailures;
    final int lockAt;

    Rule(int freeFailures, int lockAt) {
      this.freeFailures = freeFailures;
      this.lockAt = lockAt;
    }

    /** The penalty after {@code failures} consecutive failures, the last one at {@code now}. */
    Lockout after(int failures, Instant now) {
      if (failures >= lockAt) {
        return new Lockout(null, now.plus(LOCK_FOR));
      }
      if (failures > freeFailures) {
        return new Lockout(now.plusSeconds(1L << (failures - freeFailures - 1)), null);
      }
      return NONE;
    }
  }

  /**
   * The penalty for wrong passwords after {@code failures} of them, the last one at {@code now}.
   */
  static Lockout after(int failures, Instant now) {
    return Rule.WRONG_PASSWORDS.after(failures, now);
  }

  /** Whether an attempt at {@code now} is refused without looking at what was typed. */
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
