package uk.harbour.disruption;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import uk.harbour.shared.DateParts;
import uk.harbour.shared.FormFields;

/** Field checks shared by this module's forms, giving GOV.UK error messages. */
final class FormChecks {

  /** The longest a short field (a name) may be. */
  static final int SHORT = 200;

  /** The longest a text field may be. */
  static final int LONG = 10_000;

  private static final FormFields FIELDS = new FormFields("disruption");

  private FormChecks() {}

  /** Required, and no longer than {@code max}; never shortened. */
  static void text(
      BindingResult result, String field, @Nullable String value, String missingKey, int max) {
    FIELDS.text(result, field, value, missingKey, max);
  }

  static void tooLong(BindingResult result, String field, @Nullable String value, int max) {
    FIELDS.tooLong(result, field, value, max);
  }

  /** A date input: optional unless {@code missingKey} is given, and a real date if typed. */
  static void date(
      BindingResult result, String field, DateParts parts, @Nullable String missingKey) {
    if (parts.empty()) {
      if (missingKey != null) {
        result.rejectValue(field, missingKey);
      }
    } else if (parts.date() == null) {
      result.rejectValue(field, "disruption.error.realDate");
    }
  }

  static @Nullable String blankToNull(@Nullable String value) {
    return FormFields.blankToNull(value);
  }

  static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
    return FormFields.parse(type, value);
  }
}
