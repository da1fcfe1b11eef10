package uk.harbour.people;

import org.springframework.validation.Errors;
import uk.harbour.accesscontrol.BreakGlass;

/**
 * The reason a user gives for emergency access, and, when they reached the form from a search for a
 * record outside their teams, their confirmation that the record is the child they need.
 */
class BreakGlassForm {

  /** The one value of the confirmation checkbox. */
  static final String CONFIRMED = "CONFIRMED";

  private String reason;
  private java.util.List<String> confirmed = new java.util.ArrayList<>();

  void validate(Errors errors) {
    String why = reason == null ? "" : reason.strip();
    Object[] args = {BreakGlass.MIN_REASON_LENGTH, BreakGlass.MAX_REASON_LENGTH};
    if (why.isEmpty()) {
      errors.rejectValue("reason", "breakGlass.error.reasonRequired", args, null);
    } else if (why.length() < BreakGlass.MIN_REASON_LENGTH) {
      errors.rejectValue("reason", "breakGlass.error.reasonTooShort", args, null);
    } else if (why.length() > BreakGlass.MAX_REASON_LENGTH) {
      errors.rejectValue("reason", "breakGlass.error.reasonTooLong", args, null);
    }
  }

  /** As {@link #validate}, and the user must tick the confirmation. */
  void validateConfirmed(Errors errors) {
    validate(errors);
    if (confirmed == null || !confirmed.contains(CONFIRMED)) {
      errors.rejectValue("confirmed", "people.breakGlassMatch.error.confirm");
    }
  }

  public java.util.List<String> getConfirmed() {
    return confirmed;
  }

  public void setConfirmed(java.util.List<String> v) {
    confirmed = v;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String v) {
    reason = v;
  }
}
