package uk.harbour.accesscontrol.signin;

import org.jspecify.annotations.Nullable;
import uk.harbour.shared.UserId;

/**
 * What sign-in needs to know about an account: secrets, the failed-attempt counters (wrong
 * passwords, and partly right attempts: see {@link Lockout.Rule}) and whether an administrator set
 * the password (then its owner must change it before using Harbour).
 */
record Account(
    UserId id,
    String username,
    String passwordHash,
    @Nullable String totpSecret,
    @Nullable Long totpLastStep,
    int failedAttempts,
    Lockout lockout,
    int partialFailures,
    Lockout partialLockout,
    boolean active,
    boolean mustChangePassword) {

  boolean enrolled() {
    return totpSecret != null;
  }
}
