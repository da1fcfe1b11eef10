package uk.harbour.intake;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;
import uk.harbour.people.ChildDetails;
import uk.harbour.people.Sex;
import uk.harbour.shared.DateParts;

/**
 * A new child's record, filled in from what a concern says and completed by the screening officer.
 * A record needs a first and last name, a date of birth or an approximate age, and a sex (which may
 * be "not known"), as on the child record page.
 */
class NewChildForm {

  static final int NAME_MAX = 100;
  private static final Pattern POSTCODE =
      Pattern.compile("^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$");

  private String firstName;
  private String lastName;
  private String otherNames;
  private String dateOfBirthDay;
  private String dateOfBirthMonth;
  private String dateOfBirthYear;
  private String approximateAge;
  private Sex sex;
  private String address;
  private String postcode;
  private String school;

  static NewChildForm from(AboutWhom about) {
    NewChildForm f = new NewChildForm();
    f.firstName = about.givenNames();
    f.lastName = about.familyName();
    f.otherNames = about.otherNames();
    if (about.dateOfBirth() != null) {
      f.dateOfBirthDay = String.valueOf(about.dateOfBirth().getDayOfMonth());
      f.dateOfBirthMonth = String.valueOf(about.dateOfBirth().getMonthValue());
      f.dateOfBirthYear = String.valueOf(about.dateOfBirth().getYear());
    }
    f.approximateAge =
        about.approximateAge() == null ? null : String.valueOf(about.approximateAge());
    f.sex = about.sex();
    f.address = about.address();
    f.postcode = about.postcode();
    f.school = about.school();
    return f;
  }

  void validate(Errors errors, LocalDate today) {
    if (Text.blank(firstName)) {
      errors.rejectValue("firstName", "intake.newChild.error.firstName.required");
    }
    if (Text.blank(lastName)) {
      errors.rejectValue("lastName", "intake.newChild.error.lastName.required");
    }
    Text.maxLength(errors, "firstName", firstName, NAME_MAX, "firstName");
    Text.maxLength(errors, "lastName", lastName, NAME_MAX, "lastName");
    Text.maxLength(errors, "otherNames", otherNames, Text.OTHER_NAMES_MAX, "otherNames");
    Text.maxLength(errors, "address", address, Text.ADDRESS_MAX, "address");
    Text.maxLength(errors, "school", school, Text.SHORT_MAX, "school");
    if (!Text.blank(postcode) && !POSTCODE.matcher(postcode.strip()).matches()) {
      errors.rejectValue("postcode", "intake.newChild.error.postcode.invalid");
    }
    DateParts dob = DateParts.of(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear);
    ConcernFormValidator.dateOfBirth(errors, dob, today);
    if (!Text.blank(approximateAge) && Text.age(approximateAge) == null) {
      errors.rejectValue("approximateAge", "intake.error.approximateAge.invalid");
    }
    if (dob.empty() && Text.blank(approximateAge)) {
      errors.rejectValue("dateOfBirth", "intake.newChild.error.age.required");
    }
    if (sex == null) {
      errors.rejectValue("sex", "intake.newChild.error.sex.required");
    }
  }

  ChildDetails toDetails() {
    LocalDate dob = getDateOfBirth();
    return new ChildDetails(
        firstName.strip(),
        lastName.strip(),
        Text.kept(otherNames),
        dob,
        dob == null ? Text.age(approximateAge) : null,
        sex,
        null,
        null,
        null,
        null,
        null,
        Text.kept(address),
        Text.blank(postcode) ? null : postcode.strip().toUpperCase(Locale.ROOT),
        Text.kept(school));
  }

  /** The date of birth if all three parts make a real date, otherwise null. */
  public LocalDate getDateOfBirth() {
    return DateParts.of(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear).date();
  }

  static String[] allowedFields() {
    return new String[] {
      "firstName",
      "lastName",
      "otherNames",
      "dateOfBirthDay",
      "dateOfBirthMonth",
      "dateOfBirthYear",
      "approximateAge",
      "sex",
      "address",
      "postcode",
      "school"
    };
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

  public Sex getSex() {
    return sex;
  }

  public void setSex(Sex v) {
    sex = v;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String v) {
    address = v;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String v) {
    postcode = v;
  }

  public String getSchool() {
    return school;
  }

  public void setSchool(String v) {
    school = v;
  }
}
