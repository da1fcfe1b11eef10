package uk.harbour.people;

import org.springframework.validation.Errors;
import uk.harbour.accesscontrol.BreakGlass;

/** The reason a user gives for emergency access. */
class BreakGlassForm {
  private String reason;

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

  public String getReason() {
    return reason;
  }

  public void setReason(String v) {
    reason = v;
  }
}
