package uk.harbour.people;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import uk.harbour.accesscontrol.TeamRole;

/**
 * The child details form, as typed, and the one set of rules for a child's details: the child
 * record pages and the screening page that creates a child from a concern both use it. Who the
 * child is (names, date of birth or age, sex) is the {@link ChildIdentity} group {@code child}.
 * Values are kept exactly as entered, never truncated.
 */
public class ChildForm {

  static final int SHORT_TEXT_MAX = 200;
  static final int ADDRESS_MAX = 500;
  static final int DETAILS_MAX = 2000;
  private static final Pattern POSTCODE =
      Pattern.compile("^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$");

  private ChildIdentity child = new ChildIdentity();
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
    f.child =
        ChildIdentity.of(
            d.firstName(),
            d.lastName(),
            d.otherNames(),
            d.dateOfBirth(),
            d.approximateAge(),
            d.sex());
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
   * Checks the form; each problem is reported against its field with a message key, in the order of
   * the page.
   *
   * @param creating whether the form also asks for the creator's role in the team
   */
  void validate(Errors errors, LocalDate today, boolean creating) {
    errors.pushNestedPath("child");
    child.checkNames(errors, "people.child.error.%s.required");
    child.checkOtherNames(errors);
    errors.popNestedPath();
    optional(errors, "gender", gender, SHORT_TEXT_MAX);
    optional(errors, "disabilityDetails", disabilityDetails, DETAILS_MAX);
    optional(errors, "address", address, ADDRESS_MAX);
    optional(errors, "school", school, SHORT_TEXT_MAX);
    if (!ChildIdentity.blank(postcode)
        && (postcode.strip().length() > 8 || !POSTCODE.matcher(postcode.strip()).matches())) {
      errors.rejectValue("postcode", "people.child.error.postcode.invalid");
    }
    errors.pushNestedPath("child");
    child.checkAge(errors, today, "people.child.error.age.required");
    if (child.getSex() == null) {
      errors.rejectValue("sex", "people.child.error.sex.required");
    }
    errors.popNestedPath();
    if (creating && creatorRole == null) {
      errors.rejectValue("creatorRole", "people.child.error.creatorRole.required");
    }
  }

  public ChildDetails toDetails() {
    LocalDate dob = child.getDateOfBirth().date();
    return new ChildDetails(
        child.getFirstName().strip(),
        child.getLastName().strip(),
        clean(child.getOtherNames()),
        dob,
        dob == null ? child.age() : null,
        child.getSex(),
        clean(gender),
        ethnicity,
        disability,
        clean(disabilityDetails),
        careStatus,
        clean(address),
        ChildIdentity.blank(postcode) ? null : postcode.strip().toUpperCase(java.util.Locale.ROOT),
        clean(school));
  }

  private static void optional(Errors errors, String field, String value, int max) {
    if (value != null && value.length() > max) {
      errors.rejectValue(field, "people.child.error.tooLong", new Object[] {max}, "Too long");
    }
  }

  private static @Nullable String clean(String s) {
    return ChildIdentity.blank(s) ? null : s.strip();
  }

  // Accessors for data binding.
  public ChildIdentity getChild() {
    return child;
  }

  public void setChild(ChildIdentity v) {
    child = v;
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
