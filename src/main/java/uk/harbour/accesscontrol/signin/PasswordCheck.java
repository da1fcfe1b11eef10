package uk.harbour.accesscontrol.signin;

import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Compares typed passwords with stored hashes so that every path takes about as long: a refusal
 * that does not look at the password still hashes it once against a dummy hash, and an absurdly
 * long password is not hashed at all but costs the same.
 */
@Component
class PasswordCheck {

  private final PasswordEncoder passwords;
  private final String dummyHash;

  PasswordCheck(PasswordEncoder passwords) {
    this.passwords = passwords;
    this.dummyHash = passwords.encode("not a password " + UUID.randomUUID());
  }

  boolean matches(String password, String hash) {
    if (tooLong(password)) {
      spendHashingTime(null);
      return false;
    }
    return passwords.matches(password, hash);
  }

  /** Takes as long as checking a password, for a path that does not check one. */
  void spendHashingTime(String password) {
    passwords.matches(tooLong(password) ? "" : password, dummyHash);
  }

  String encode(String password) {
    return passwords.encode(password);
  }

  private static boolean tooLong(String password) {
    return password == null || password.length() > PasswordPolicy.MAX_LENGTH * 4;
  }
}
