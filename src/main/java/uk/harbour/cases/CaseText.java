package uk.harbour.cases;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * Length and presence checks for case forms, shared by the case's sub-packages. Text is stored as
 * typed: an over-long value is an error for the user to fix, never cut short.
 */
public final class CaseText {

  /** Reasons, notes and most free text. */
  public static final int TEXT_MAX = 5_000;

  /** Names and one-line fields. */
  public static final int SHORT_MAX = 200;

  private CaseText() {}

  public static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The value exactly as typed, or null when nothing but spaces was typed. */
  public static @Nullable String kept(@Nullable String s) {
    return blank(s) ? null : s;
  }

  /** Rejects the field with {@code cases.error.tooLong} when longer than {@code max}. */
  public static void maxLength(Errors errors, String field, String value, int max) {
    if (value != null && value.length() > max) {
      errors.rejectValue(field, "cases.error.tooLong", new Object[] {max}, "Too long");
    }
  }

  /** Rejects the field with {@code key} when nothing was typed, else checks its length. */
  public static void required(Errors errors, String field, String value, int max, String key) {
    if (blank(value)) {
      errors.rejectValue(field, key);
    } else {
      maxLength(errors, field, value, max);
    }
  }
}
