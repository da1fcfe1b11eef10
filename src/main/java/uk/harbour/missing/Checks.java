package uk.harbour.missing;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** Field checks shared by this module's forms, giving GOV.UK error messages; never shortening. */
final class Checks {

  /** The longest a short field (a reference, a postcode) may be. */
  static final int SHORT = 200;

  /** The longest a text field may be. */
  static final int LONG = 10_000;

  private Checks() {}

  static void tooLong(BindingResult result, String field, @Nullable String value, int max) {
    if (value != null && value.strip().length() > max) {
      result.rejectValue(field, "missing.error.tooLong", new Object[] {max}, null);
    }
  }

  static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return e;
      }
    }
    return null;
  }
}
