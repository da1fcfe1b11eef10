package uk.harbour.people;

import java.time.LocalDate;
import org.springframework.validation.Errors;
import uk.harbour.shared.DateParts;

/** The search form: any part of a name and, optionally, a full date of birth. */
class ChildSearchForm {

  static final int MAX_NAME = 200;

  private String name;
  private String dateOfBirthDay;
  private String dateOfBirthMonth;
  private String dateOfBirthYear;

  void validate(Errors errors) {
    if (name != null && name.length() > MAX_NAME) {
      errors.rejectValue("name", "people.search.error.nameTooLong", new Object[] {MAX_NAME}, null);
    }
    if (anyDatePart() && getDateOfBirth() == null) {
      errors.rejectValue("dateOfBirth", "people.search.error.dateInvalid");
    }
    if (isBlank(name) && !anyDatePart()) {
      errors.rejectValue("name", "people.search.error.empty");
    }
  }

  ChildSearch toSearch() {
    return new ChildSearch(name, getDateOfBirth());
  }

  private boolean anyDatePart() {
    return !isBlank(dateOfBirthDay) || !isBlank(dateOfBirthMonth) || !isBlank(dateOfBirthYear);
  }

  public LocalDate getDateOfBirth() {
    return DateParts.of(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear).date();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    name = v;
  }

  public String getDateOfBirthDay() {
    return dateOfBirthDay;
  }

  public void setDateOfBirthDay(String v) {
    dateOfBirthDay = v;
  }

  public String getDateOfBirthMonth() {
    return dateOfBirthMonth;
  }

  public void setDateOfBirthMonth(String v) {
    dateOfBirthMonth = v;
  }

  public String getDateOfBirthYear() {
    return dateOfBirthYear;
  }

  public void setDateOfBirthYear(String v) {
    dateOfBirthYear = v;
  }
}
