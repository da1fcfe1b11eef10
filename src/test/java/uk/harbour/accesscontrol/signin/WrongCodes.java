package uk.harbour.accesscontrol.signin;

import java.time.Instant;
import uk.harbour.accesscontrol.Totp;

/** Codes that an authenticator app with a given secret does not show around a given time. */
final class WrongCodes {

  private WrongCodes() {}

  /** A six-digit code that no step within two of {@code at} produces for the secret. */
  static String near(String secret, Instant at) {
    long now = Totp.stepAt(at);
    for (int candidate = 0; ; candidate++) {
      String code = String.format("%06d", candidate);
      boolean valid = false;
      for (long step = now - 2; step <= now + 2; step++) {
        valid |= Totp.code(secret, step).equals(code);
      }
      if (!valid) {
        return code;
      }
    }
  }
}
