package uk.harbour.audit;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import uk.harbour.shared.DateParts;

/** Checks the audit search form; each error's code is its message key in audit.properties. */
@Component
class AuditSearchValidator implements Validator {

  @Override
  public boolean supports(Class<?> type) {
    return AuditSearchForm.class.isAssignableFrom(type);
  }

  @Override
  public void validate(Object target, Errors errors) {
    AuditSearchForm form = (AuditSearchForm) target;
    if (form.recordIdCriterion() != null && form.recordTypeCriterion() == null) {
      errors.rejectValue("recordType", "audit.search.recordType.missing");
    }
    LocalDate from = checkDate(form.dateFromParts(), "dateFrom", errors);
    LocalDate to = checkDate(form.dateToParts(), "dateTo", errors);
    if (from != null && to != null && from.isAfter(to)) {
      errors.rejectValue("dateTo", "audit.search.dateTo.beforeFrom");
    }
  }

  private static LocalDate checkDate(DateParts parts, String field, Errors errors) {
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
}
