package uk.harbour.intake;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The reference a member of the public is given for their report: ten random characters and a check
 * character, in three groups ({@code K7MX-9DTA-HWG}). It reveals nothing (not how many reports the
 * service has had, nor when), cannot be guessed, and reads aloud on the phone without doubt: the
 * alphabet leaves out characters that look or sound like others (0 and O, 1, I and L, 2 and Z, 5
 * and S, 8 and B, U and V, Q). The check character catches any one character misheard and any two
 * neighbours swapped, so a mistyped reference never finds someone else's report. Staff keep the
 * concern's internal sequence ({@code CON-2026-000123}) as well.
 */
final class PublicReference {

  /** 23 characters; a prime number of them, so the weighted check catches every swap. */
  static final String ALPHABET = "34679ACDEFGHJKMNPRTVWXY";

  static final int RANDOM_LENGTH = 10;
  private static final int LENGTH = RANDOM_LENGTH + 1;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PublicReference() {}

  /** A new reference, from a cryptographically strong random source. */
  static String generate() {
    StringBuilder plain = new StringBuilder(LENGTH);
    for (int i = 0; i < RANDOM_LENGTH; i++) {
      plain.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    plain.append(check(plain));
    return grouped(plain);
  }

  /**
   * The reference someone typed or read out, in its stored form, if it is one: any case, with or
   * without spaces and hyphens; empty if it is not a reference or its check character is wrong.
   */
  static Optional<String> normalise(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String plain = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    if (plain.length() != LENGTH) {
      return Optional.empty();
    }
    for (int i = 0; i < LENGTH; i++) {
      if (ALPHABET.indexOf(plain.charAt(i)) < 0) {
        return Optional.empty();
      }
    }
    if (check(plain.substring(0, RANDOM_LENGTH)) != plain.charAt(RANDOM_LENGTH)) {
      return Optional.empty();
    }
    return Optional.of(grouped(plain));
  }

  /**
   * The check character: the one that makes the sum of each character's value times its position (1
   * to 11) a multiple of 23. As 23 is prime and above every position, a changed character or two
   * swapped neighbours always change the sum.
   */
  private static char check(CharSequence random) {
    int sum = 0;
    for (int i = 0; i < RANDOM_LENGTH; i++) {
      sum += (i + 1) * ALPHABET.indexOf(random.charAt(i));
    }
    int n = ALPHABET.length();
    for (int value = 0; value < n; value++) {
      if ((sum + LENGTH * value) % n == 0) {
        return ALPHABET.charAt(value);
      }
    }
    throw new IllegalStateException("no check character");
  }

  private static String grouped(CharSequence plain) {
    return plain.subSequence(0, 4) + "-" + plain.subSequence(4, 8) + "-" + plain.subSequence(8, 11);
  }
}
