package uk.harbour.people;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.shared.DateParts;

/**
 * The child details form, as typed, and the one set of rules for a child's details: the child
 * record pages and the screening page that creates a child from a concern both use it. Values are
 * kept exactly as entered, never truncated.
 */
public class ChildForm {

  static final int NAME_MAX = 100;
  static final int OTHER_NAMES_MAX = 500;
  static final int SHORT_TEXT_MAX = 200;
  static final int ADDRESS_MAX = 500;
  static final int DETAILS_MAX = 2000;
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
  private String gender;
  private Ethnicity ethnicity;
  private Disability disability;
  private String disabilityDetails;
  private CareStatus careStatus;
  private String address;
  private String postcode;
  private String school;
  private TeamRole creatorRole;
  private int version;

  static ChildForm from(ChildRecord record) {
    ChildForm f = prefilled(record.details());
    f.version = record.version();
    return f;
  }

  /** A form showing these details, for example what a concern says about a child. */
  public static ChildForm prefilled(ChildDetails d) {
    ChildForm f = new ChildForm();
    f.firstName = d.firstName();
    f.lastName = d.lastName();
    f.otherNames = d.otherNames();
    if (d.dateOfBirth() != null) {
      f.dateOfBirthDay = String.valueOf(d.dateOfBirth().getDayOfMonth());
      f.dateOfBirthMonth = String.valueOf(d.dateOfBirth().getMonthValue());
      f.dateOfBirthYear = String.valueOf(d.dateOfBirth().getYear());
    }
    f.approximateAge = d.approximateAge() == null ? null : String.valueOf(d.approximateAge());
    f.sex = d.sex();
    f.gender = d.gender();
    f.ethnicity = d.ethnicity();
    f.disability = d.disability();
    f.disabilityDetails = d.disabilityDetails();
    f.careStatus = d.careStatus();
    f.address = d.address();
    f.postcode = d.postcode();
    f.school = d.school();
    return f;
  }

  /** Checks the child's details; each problem is reported against its field with a message key. */
  public void validateDetails(Errors errors, LocalDate today) {
    validate(errors, today, false);
  }

  /**
   * Checks the form; each problem is reported against its field with a message key.
   *
   * @param creating whether the form also asks for the creator's role in the team
   */
  void validate(Errors errors, LocalDate today, boolean creating) {
    required(errors, "firstName", firstName, NAME_MAX);
    required(errors, "lastName", lastName, NAME_MAX);
    optional(errors, "otherNames", otherNames, OTHER_NAMES_MAX);
    optional(errors, "gender", gender, SHORT_TEXT_MAX);
    optional(errors, "disabilityDetails", disabilityDetails, DETAILS_MAX);
    optional(errors, "address", address, ADDRESS_MAX);
    optional(errors, "school", school, SHORT_TEXT_MAX);
    if (!blank(postcode)
        && (postcode.strip().length() > 8 || !POSTCODE.matcher(postcode.strip()).matches())) {
      errors.rejectValue("postcode", "people.child.error.postcode.invalid");
    }
    validateAge(errors, today);
    if (sex == null) {
      errors.rejectValue("sex", "people.child.error.sex.required");
    }
    if (creating && creatorRole == null) {
      errors.rejectValue("creatorRole", "people.child.error.creatorRole.required");
    }
  }

  private void validateAge(Errors errors, LocalDate today) {
    DateParts dob = DateParts.of(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear);
    checkDateOfBirth(errors, dob, today);
    if (!blank(approximateAge) && ageFrom(approximateAge) == null) {
      errors.rejectValue("approximateAge", "people.child.error.approximateAge.invalid");
    }
    if (dob.empty() && blank(approximateAge)) {
      errors.rejectValue("dateOfBirth", "people.child.error.age.required");
    }
  }

  /**
   * Rejects a date of birth (field {@code dateOfBirth}) that is given but is not a real date, is in
   * the future, or is more than 26 years ago. Nothing given is not an error here.
   */
  static void checkDateOfBirth(Errors errors, DateParts dob, LocalDate today) {
    if (dob.empty()) {
      return;
    }
    LocalDate date = dob.date();
    if (date == null) {
      errors.rejectValue("dateOfBirth", "people.child.error.dateOfBirth.invalid");
    } else if (date.isAfter(today)) {
      errors.rejectValue("dateOfBirth", "people.child.error.dateOfBirth.future");
    } else if (date.isBefore(today.minusYears(26))) {
      errors.rejectValue("dateOfBirth", "people.child.error.dateOfBirth.tooOld");
    }
  }

  /** An approximate age given as a whole number from 0 to 25, otherwise null. */
  static Integer ageFrom(String text) {
    try {
      int age = Integer.parseInt(text.strip());
      return age >= 0 && age <= 25 ? age : null;
    } catch (NullPointerException | NumberFormatException e) {
      return null;
    }
  }

  public ChildDetails toDetails() {
    LocalDate dob = parseDate();
    return new ChildDetails(
        firstName.strip(),
        lastName.strip(),
        clean(otherNames),
        dob,
        dob == null ? ageFrom(approximateAge) : null,
        sex,
        clean(gender),
        ethnicity,
        disability,
        clean(disabilityDetails),
        careStatus,
        clean(address),
        blank(postcode) ? null : postcode.strip().toUpperCase(java.util.Locale.ROOT),
        clean(school));
  }

  /** The date of birth if all three parts make a real date, otherwise null. */
  public LocalDate getDateOfBirth() {
    return parseDate();
  }

  private LocalDate parseDate() {
    return DateParts.of(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear).date();
  }

  private static void required(Errors errors, String field, String value, int max) {
    if (blank(value)) {
      errors.rejectValue(field, "people.child.error." + field + ".required");
    } else {
      optional(errors, field, value, max);
    }
  }

  private static void optional(Errors errors, String field, String value, int max) {
    if (value != null && value.length() > max) {
      errors.rejectValue(field, "people.child.error.tooLong", new Object[] {max}, "Too long");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String clean(String s) {
    return blank(s) ? null : s.strip();
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

  public String getGender() {
    return gender;
  }

  public void setGender(String v) {
    gender = v;
  }

  public Ethnicity getEthnicity() {
    return ethnicity;
  }

  public void setEthnicity(Ethnicity v) {
    ethnicity = v;
  }

  public Disability getDisability() {
    return disability;
  }

  public void setDisability(Disability v) {
    disability = v;
  }

  public String getDisabilityDetails() {
    return disabilityDetails;
  }

  public void setDisabilityDetails(String v) {
    disabilityDetails = v;
  }

  public CareStatus getCareStatus() {
    return careStatus;
  }

  public void setCareStatus(CareStatus v) {
    careStatus = v;
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

  public TeamRole getCreatorRole() {
    return creatorRole;
  }

  public void setCreatorRole(TeamRole v) {
    creatorRole = v;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int v) {
    version = v;
  }
}
