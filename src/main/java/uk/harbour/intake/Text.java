package uk.harbour.intake;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/** Checks shared by the concern and report forms. Text is kept exactly as typed. */
final class Text {

  static final int NAME_MAX = 200;
  static final int OTHER_NAMES_MAX = 500;
  static final int SHORT_MAX = 200;
  static final int ADDRESS_MAX = 500;
  static final int POSTCODE_MAX = 10;
  static final int ACCOUNT_MAX = 20_000;
  static final int TEXT_MAX = 5_000;
  static final int NOTE_MAX = 2_000;
  static final int REGISTRATION_MAX = 20;
  static final int PHONE_MAX = 40;
  static final int EMAIL_MAX = 254;
  static final int MAX_AGE = 25;

  private Text() {}

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The value exactly as typed, or null when nothing but spaces was typed. */
  static @Nullable String kept(String s) {
    return blank(s) ? null : s;
  }

  /**
   * Rejects a value longer than {@code max} characters, naming the field with the message {@code
   * intake.field.<labelKey>} and any arguments (for example the row number).
   */
  static void maxLength(
      Errors errors, String field, String value, int max, String labelKey, Object... labelArgs) {
    if (value != null && value.length() > max) {
      errors.rejectValue(
          field,
          "intake.error.tooLong",
          new Object[] {
            new DefaultMessageSourceResolvable(
                new String[] {"intake.field." + labelKey}, labelArgs),
            max
          },
          "Too long");
    }
  }

  /** A whole number typed as an age, or null if it is not one from 0 to {@link #MAX_AGE}. */
  static @Nullable Integer age(String typed) {
    if (blank(typed) || !typed.strip().matches("\\d{1,2}")) {
      return null;
    }
    int age = Integer.parseInt(typed.strip());
    return age <= MAX_AGE ? age : null;
  }
}
