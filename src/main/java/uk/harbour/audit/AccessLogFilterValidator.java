package uk.harbour.audit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.harbour.shared.DateParts;

/**
 * Checks a child's access log filters: a person chosen from the list (an id), a known action, real
 * dates, the second not before the first. Each error's code is its message key in audit.properties.
 */
@Component
class AccessLogFilterValidator {

  void validate(AccessLogFilter filter, Errors errors) {
    String person = FormText.blankToNull(filter.getPerson());
    if (person != null && !isId(person)) {
      errors.rejectValue("person", "audit.filter.person.unknown");
    }
    String action = FormText.blankToNull(filter.getAction());
    if (action != null
        && Arrays.stream(AuditAction.values()).noneMatch(a -> a.name().equals(action))) {
      errors.rejectValue("action", "audit.search.action.unknown");
    }
    LocalDate from = checkDate(filter.dateFromParts(), "dateFrom", errors);
    LocalDate to = checkDate(filter.dateToParts(), "dateTo", errors);
    if (from != null && to != null && from.isAfter(to)) {
      errors.rejectValue("dateTo", "audit.search.dateTo.beforeFrom");
    }
  }

  /** The same date checks as the audit search: complete, then real. */
  static @Nullable LocalDate checkDate(DateParts parts, String field, Errors errors) {
    if (parts.empty()) {
      return null;
    }
    if (!parts.complete()) {
      errors.rejectValue(field, "audit.search." + field + ".incomplete");
      return null;
    }
    LocalDate date = parts.date();
    if (date == null) {
      errors.rejectValue(field, "audit.search." + field + ".invalid");
    }
    return date;
  }

  private static boolean isId(String text) {
    try {
      UUID.fromString(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
