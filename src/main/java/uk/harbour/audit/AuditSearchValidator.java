package uk.harbour.audit;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Checks the audit search form; each error's code is its message key in audit.properties. */
@Component
class AuditSearchValidator implements Validator {

  private final AuditPeople people;

  AuditSearchValidator(AuditPeople people) {
    this.people = people;
  }

  @Override
  public boolean supports(Class<?> type) {
    return AuditSearchForm.class.isAssignableFrom(type);
  }

  @Override
  public void validate(Object target, Errors errors) {
    AuditSearchForm form = (AuditSearchForm) target;
    String person = form.personCriterion();
    if (person != null && people.usernameFor(person).isEmpty()) {
      String choices =
          people.named(person).stream()
              .map(u -> u.username() + " (" + u.agencyName() + ")")
              .sorted()
              .collect(java.util.stream.Collectors.joining(", "));
      errors.rejectValue(
          "username", "audit.search.username.ambiguous", new Object[] {choices}, null);
    }
    String action = form.actionCriterion();
    if (action != null
        && java.util.Arrays.stream(uk.harbour.audit.AuditAction.values())
            .noneMatch(a -> a.name().equals(action))) {
      errors.rejectValue("action", "audit.search.action.unknown");
    }
    if (form.recordIdCriterion() != null && form.recordTypeCriterion() == null) {
      errors.rejectValue("recordType", "audit.search.recordType.missing");
    }
    LocalDate from = AccessLogFilterValidator.checkDate(form.dateFromParts(), "dateFrom", errors);
    LocalDate to = AccessLogFilterValidator.checkDate(form.dateToParts(), "dateTo", errors);
    if (from != null && to != null && from.isAfter(to)) {
      errors.rejectValue("dateTo", "audit.search.dateTo.beforeFrom");
    }
  }
}
