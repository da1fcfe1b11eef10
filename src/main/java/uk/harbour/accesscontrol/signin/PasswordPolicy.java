package uk.harbour.accesscontrol.signin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rules for a new password, after the NCSC's advice: long enough, not one of the passwords
 * attackers try first, and nothing else. No composition rules and no expiry.
 */
@Component
public class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 256;

  static final String DENY_LIST = "/accesscontrol/common-passwords.txt";

  /** Runs of characters people walk along; any part of them (or their reverse) is refused. */
  private static final List<String> SEQUENCES =
      List.of(
          "01234567890123456789",
          "abcdefghijklmnopqrstuvwxyz",
          "qwertyuiopasdfghjklzxcvbnm",
          "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
          "1q2w3e4r5t6y7u8i9o0p",
          "qazwsxedcrfvtgbyhnujmikolp");

  private final Set<String> common;

  public PasswordPolicy() {
    this(loadDenyList());
  }

  PasswordPolicy(Set<String> common) {
    this.common = Set.copyOf(common);
  }

  /**
   * Checks a proposed password.
   *
   * @param username the account's username, which the password may not contain; may be null
   * @return the message key for the first problem found, or empty if the password is acceptable
   */
  public Optional<String> problem(String password, String username) {
    if (password == null || password.isEmpty()) {
      return Optional.of("password.required");
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of("password.tooShort");
    }
    if (length > MAX_LENGTH) {
      return Optional.of("password.tooLong");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null
        && username.strip().length() >= 3
        && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
      return Optional.of("password.containsUsername");
    }
    if (isCommon(lower)) {
      return Optional.of("password.common");
    }
    return Optional.empty();
  }

  /** Whether a lower-case password is common or a simple variation of a common one. */
  boolean isCommon(String lower) {
    if (common.contains(lower)) {
      return true;
    }
    String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    if (common.contains(core)) {
      return true;
    }
    return isRepetition(lower) || isSequence(lower.replace(" ", ""));
  }

  /** "abcabcabcabc", "passwordpassword", "aaaaaaaaaaaa". */
  static boolean isRepetition(String s) {
    return (s + s).indexOf(s, 1) < s.length();
  }

  private static boolean isSequence(String s) {
    String reversed = new StringBuilder(s).reverse().toString();
    for (String sequence : SEQUENCES) {
      if (sequence.contains(s) || sequence.contains(reversed)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> loadDenyList() {
    Set<String> words = new HashSet<>();
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(DENY_LIST)) {
      if (in == null) {
        throw new IllegalStateException("Missing password deny-list " + DENY_LIST);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isEmpty() && !line.startsWith("#!")) {
          words.add(line.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  int denyListSize() {
    return common.size();
  }
}
