package uk.harbour.people;

import java.time.LocalDate;
import org.springframework.validation.Errors;
import uk.harbour.shared.DateParts;

/**
 * What a practitioner outside a child's teams must give to look for the child's record: the child's
 * first and last name, and a date of birth or an approximate age. Less would let anyone fish for
 * who is known to the service.
 */
class BreakGlassSearchForm {

  static final int NAME_MAX = ChildForm.NAME_MAX;

  private String firstName;
  private String lastName;
  private String dateOfBirthDay;
  private String dateOfBirthMonth;
  private String dateOfBirthYear;
  private String approximateAge;

  void validate(Errors errors, LocalDate today) {
    name(errors, "firstName", firstName);
    name(errors, "lastName", lastName);
    DateParts dob = DateParts.of(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear);
    ChildForm.checkDateOfBirth(errors, dob, today);
    if (!blank(approximateAge) && age() == null) {
      errors.rejectValue("approximateAge", "people.child.error.approximateAge.invalid");
    }
    if (dob.empty() && blank(approximateAge)) {
      errors.rejectValue("dateOfBirth", "people.breakGlassSearch.error.dateOrAge");
    }
  }

  /** The date of birth if given and real, otherwise null. */
  public LocalDate getDateOfBirth() {
    return DateParts.of(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear).date();
  }

  /** The approximate age if given as a whole number from 0 to 25, otherwise null. */
  Integer age() {
    return ChildForm.ageFrom(approximateAge);
  }

  private static void name(Errors errors, String field, String value) {
    if (blank(value)) {
      errors.rejectValue(field, "people.breakGlassSearch.error." + field);
    } else if (value.length() > NAME_MAX) {
      errors.rejectValue(field, "people.child.error.tooLong", new Object[] {NAME_MAX}, null);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String v) {
    firstName = v;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String v) {
    lastName = v;
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

  public String getApproximateAge() {
    return approximateAge;
  }

  public void setApproximateAge(String v) {
    approximateAge = v;
  }
}
