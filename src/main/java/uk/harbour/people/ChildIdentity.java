package uk.harbour.people;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import uk.harbour.shared.DateInput;

/**
 * Who a child is, as typed: names, date of birth or approximate age, and sex. A field group that
 * the child form, the search outside one's teams and the concern form each embed as {@code child}
 * (fields {@code child.firstName}, {@code child.dateOfBirth.day}, ...), with the rules for these
 * fields written once here. Values are kept exactly as entered.
 */
public class ChildIdentity {

  static final int NAME_MAX = 100;
  static final int OTHER_NAMES_MAX = 500;

  /** The group's fields, as a form that embeds it as {@code child} binds them. */
  public static final List<String> FIELDS =
      List.of(
          "child.firstName",
          "child.lastName",
          "child.otherNames",
          "child.dateOfBirth.day",
          "child.dateOfBirth.month",
          "child.dateOfBirth.year",
          "child.approximateAge",
          "child.sex");

  /** The oldest a child on Harbour can be, in whole years. */
  static final int MAX_AGE = 25;

  private String firstName;
  private String lastName;
  private String otherNames;
  private DateInput dateOfBirth = new DateInput();
  private String approximateAge;
  private Sex sex;

  /** The group showing these details. */
  public static ChildIdentity of(
      String firstName,
      String lastName,
      String otherNames,
      LocalDate dateOfBirth,
      Integer approximateAge,
      Sex sex) {
    ChildIdentity child = new ChildIdentity();
    child.firstName = firstName;
    child.lastName = lastName;
    child.otherNames = otherNames;
    child.dateOfBirth = DateInput.of(dateOfBirth);
    child.approximateAge = approximateAge == null ? null : String.valueOf(approximateAge);
    child.sex = sex;
    return child;
  }

  /**
   * Rejects a first or last name that is missing (with the message key the pattern makes of the
   * field name, for example {@code "people.child.error.%s.required"}) or longer than {@value
   * #NAME_MAX} characters. Fields are named relative to this group (push its nested path first).
   */
  void checkNames(Errors errors, String missingKeyPattern) {
    name(errors, "firstName", firstName, missingKeyPattern);
    name(errors, "lastName", lastName, missingKeyPattern);
  }

  private static void name(Errors errors, String field, String value, String missingKeyPattern) {
    if (blank(value)) {
      errors.rejectValue(field, missingKeyPattern.formatted(field));
    } else {
      tooLong(errors, field, value, NAME_MAX);
    }
  }

  /** Rejects other names longer than {@value #OTHER_NAMES_MAX} characters. */
  void checkOtherNames(Errors errors) {
    tooLong(errors, "otherNames", otherNames, OTHER_NAMES_MAX);
  }

  /**
   * Rejects a date of birth that is not a real date, an approximate age that is not a whole number
   * from 0 to {@value #MAX_AGE}, and neither given (with {@code neitherKey}, on the date).
   */
  void checkAge(Errors errors, LocalDate today, String neitherKey) {
    checkDateOfBirth(errors, today, "people.child.error.dateOfBirth");
    if (!blank(approximateAge) && age() == null) {
      errors.rejectValue("approximateAge", "people.child.error.approximateAge.invalid");
    }
    if (dateOfBirth.parts().empty() && blank(approximateAge)) {
      errors.rejectValue("dateOfBirth", neitherKey);
    }
  }

  /**
   * Rejects a date of birth (field {@code dateOfBirth}) that is given but is not a real date
   * ({@code <keyPrefix>.invalid}), is in the future ({@code .future}), or is of someone older than
   * {@value #MAX_AGE} ({@code .tooOld}). Nothing given is not an error here.
   */
  public void checkDateOfBirth(Errors errors, LocalDate today, String keyPrefix) {
    if (dateOfBirth.parts().empty()) {
      return;
    }
    LocalDate date = dateOfBirth.date();
    if (date == null) {
      errors.rejectValue("dateOfBirth", keyPrefix + ".invalid");
    } else if (date.isAfter(today)) {
      errors.rejectValue("dateOfBirth", keyPrefix + ".future");
    } else if (date.isBefore(today.minusYears(MAX_AGE + 1))) {
      errors.rejectValue("dateOfBirth", keyPrefix + ".tooOld");
    }
  }

  /** The approximate age if given as a whole number from 0 to {@value #MAX_AGE}, otherwise null. */
  @Nullable Integer age() {
    try {
      int age = Integer.parseInt(approximateAge.strip());
      return age >= 0 && age <= MAX_AGE ? age : null;
    } catch (NullPointerException | NumberFormatException e) {
      return null;
    }
  }

  private static void tooLong(Errors errors, String field, String value, int max) {
    if (value != null && value.length() > max) {
      errors.rejectValue(field, "people.child.error.tooLong", new Object[] {max}, "Too long");
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  // Accessors for data binding.
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

  public String getOtherNames() {
    return otherNames;
  }

  public void setOtherNames(String v) {
    otherNames = v;
  }

  public DateInput getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(DateInput v) {
    dateOfBirth = v;
  }

  public String getApproximateAge() {
    return approximateAge;
  }

  public void setApproximateAge(String v) {
    approximateAge = v;
  }

  public Sex getSex() {
    return sex;
  }

  public void setSex(Sex v) {
    sex = v;
  }
}
