package uk.harbour.cases.plan;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import uk.harbour.shared.DateParts;

/** Field checks shared by the plan forms, giving GOV.UK error messages. */
final class Checks {

  private Checks() {}

  static void required(BindingResult result, String field, String value, String messageKey) {
    if (value == null || value.isBlank()) {
      result.rejectValue(field, messageKey);
    }
  }

  static void tooLong(BindingResult result, String field, String value) {
    if (value != null && value.strip().length() > PlanSection.MAX_LENGTH) {
      result.rejectValue(field, "plan.error.tooLong", new Object[] {PlanSection.MAX_LENGTH}, null);
    }
  }

  /** Checks a date input: required or optional, and a real date if anything was typed. */
  static void date(
      BindingResult result, String field, DateParts parts, boolean required, String missingKey) {
    if (parts.empty()) {
      if (required) {
        result.rejectValue(field, missingKey);
      }
    } else if (parts.date() == null) {
      result.rejectValue(field, "plan.error.realDate");
    }
  }

  static @Nullable UUID requestKey(BindingResult result, @Nullable String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      result.reject("plan.error.formIncomplete");
      return null;
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
