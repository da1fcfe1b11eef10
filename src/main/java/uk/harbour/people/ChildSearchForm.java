package uk.harbour.people;

import org.springframework.validation.Errors;
import uk.harbour.shared.DateInput;

/** The search form: any part of a name and, optionally, a full date of birth. */
class ChildSearchForm {

  static final int MAX_NAME = 200;

  private String name;
  private DateInput dateOfBirth = new DateInput();

  void validate(Errors errors) {
    if (name != null && name.length() > MAX_NAME) {
      errors.rejectValue("name", "people.search.error.nameTooLong", new Object[] {MAX_NAME}, null);
    }
    if (!dateOfBirth.parts().empty() && dateOfBirth.date() == null) {
      errors.rejectValue("dateOfBirth", "people.search.error.dateInvalid");
    }
    if (isBlank(name) && dateOfBirth.parts().empty()) {
      errors.rejectValue("name", "people.search.error.empty");
    }
  }

  ChildSearch toSearch() {
    return new ChildSearch(name, dateOfBirth.date());
  }

  public DateInput getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(DateInput v) {
    dateOfBirth = v;
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
}
