package uk.harbour.contexts;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import uk.harbour.shared.DateInput;
import uk.harbour.shared.FormFields;

/** Field checks shared by this module's forms, giving GOV.UK error messages. */
final class Checks {

  /** The longest a short field (a name) may be. */
  static final int SHORT = 200;

  /** The longest a text field may be. */
  static final int LONG = 20_000;

  private static final FormFields FIELDS = new FormFields("contexts");

  private Checks() {}

  /** Required, and no longer than {@code max}; never shortened. */
  static void text(
      BindingResult result, String field, @Nullable String value, String missingKey, int max) {
    FIELDS.text(result, field, value, missingKey, max);
  }

  static void tooLong(BindingResult result, String field, @Nullable String value, int max) {
    FIELDS.tooLong(result, field, value, max);
  }

  /** A required date input, a real date, not in the future. */
  static @Nullable LocalDate date(
      BindingResult result, String field, DateInput input, String missingKey, LocalDate today) {
    if (input.parts().empty()) {
      result.rejectValue(field, missingKey);
      return null;
    }
    LocalDate date = input.date();
    if (date == null) {
      result.rejectValue(field, "contexts.error.realDate");
    } else if (date.isAfter(today)) {
      result.rejectValue(field, "contexts.error.future");
    }
    return date;
  }

  static @Nullable String blankToNull(@Nullable String value) {
    return FormFields.blankToNull(value);
  }

  static String strip(@Nullable String value) {
    return value == null ? "" : value.strip();
  }
}
