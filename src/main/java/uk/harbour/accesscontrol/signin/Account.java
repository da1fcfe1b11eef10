package uk.harbour.accesscontrol.signin;

import uk.harbour.shared.UserId;

/** What sign-in needs to know about an account: secrets and the failed-attempt counters. */
record Account(
    UserId id,
    String username,
    String passwordHash,
    String totpSecret,
    Long totpLastStep,
    int failedAttempts,
    Lockout lockout,
    boolean active) {

  boolean enrolled() {
    return totpSecret != null;
  }
}
