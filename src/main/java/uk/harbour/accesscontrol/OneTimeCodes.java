package uk.harbour.accesscontrol;

import java.time.Instant;

/**
 * The second-factor code an authenticator app would show for a secret at a moment: for tools that
 * sign generated accounts in over HTTP, such as the page benchmark. Harbour refuses a code whose
 * 30-second step that account already used.
 */
public final class OneTimeCodes {

  private OneTimeCodes() {}

  /** The six-digit code for a Base32 secret at {@code time}. */
  public static String at(String base32Secret, Instant time) {
    return Totp.code(base32Secret, Totp.stepAt(time));
  }
}
