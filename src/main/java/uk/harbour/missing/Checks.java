package uk.harbour.missing;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import uk.harbour.shared.FormFields;

/** Field checks shared by this module's forms, giving GOV.UK error messages; never shortening. */
final class Checks {

  /** The longest a short field (a reference, a postcode) may be. */
  static final int SHORT = 200;

  /** The longest a text field may be. */
  static final int LONG = 10_000;

  private static final FormFields FIELDS = new FormFields("missing");

  private Checks() {}

  static void tooLong(BindingResult result, String field, @Nullable String value, int max) {
    FIELDS.tooLong(result, field, value, max);
  }

  static @Nullable String blankToNull(@Nullable String value) {
    return FormFields.blankToNull(value);
  }

  static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
    return FormFields.parse(type, value);
  }
}
