package uk.harbour.accesscontrol.admin;

import org.springframework.validation.Errors;

/** Why an administrator asks for a reset that a data protection officer must approve. */
class ResetReasonForm {

  static final int MIN = 10;
  static final int MAX = 1000;

  private String reason;

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  /** Checks a reason given in the field {@code field}. */
  static void check(String reason, String field, Errors errors) {
    String value = reason == null ? "" : reason.strip();
    if (value.isEmpty()) {
      errors.rejectValue(field, "admin.user.reset.reason.required");
    } else if (value.length() < MIN) {
      errors.rejectValue(field, "admin.user.reset.reason.tooShort", new Object[] {MIN}, null);
    } else if (value.length() > MAX) {
      errors.rejectValue(field, "admin.user.reset.reason.tooLong", new Object[] {MAX}, null);
    } else if (value.indexOf('\u0000') >= 0) {
      errors.rejectValue(field, "admin.user.reset.reason.invalid");
    }
  }
}
