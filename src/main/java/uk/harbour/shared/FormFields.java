package uk.harbour.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * Field checks that every module's forms make, giving GOV.UK error messages from the module's own
 * bundle: a required text, a text over its limit (refused, never shortened), a blank made null and
 * an enum chosen from a radio. One instance per module, naming its message key prefix: {@code new
 * FormFields("contexts")} reports a text over its limit with {@code contexts.error.tooLong} (its
 * argument the limit).
 */
public final class FormFields {

  private final String tooLongKey;

  public FormFields(String module) {
    this.tooLongKey = module + ".error.tooLong";
  }

  /** Required, and no longer than {@code max}. */
  public void text(
      BindingResult result, String field, @Nullable String value, String missingKey, int max) {
    if (value == null || value.isBlank()) {
      result.rejectValue(field, missingKey);
    } else {
      tooLong(result, field, value, max);
    }
  }

  /** Refuses a text longer than {@code max} once stripped. */
  public void tooLong(BindingResult result, String field, @Nullable String value, int max) {
    if (value != null && value.strip().length() > max) {
      result.rejectValue(field, tooLongKey, new Object[] {max}, null);
    }
  }

  /** The text stripped, or null when blank. */
  public static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The constant of {@code type} with exactly this name, or null (nothing chosen, or tampered). */
  public static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return e;
      }
    }
    return null;
  }
}
