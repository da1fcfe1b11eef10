package uk.harbour.cases.youngperson;

import org.springframework.validation.Errors;

/** Why a relationship, linked child or person of concern is being removed. */
class RemovalForm {

  static final int MAX_REASON = 2000;

  private String reason;

  void validate(Errors errors) {
    if (reason == null || reason.isBlank()) {
      errors.rejectValue("reason", "cases.youngPerson.remove.error.reason");
    } else if (reason.strip().length() > MAX_REASON) {
      errors.rejectValue(
          "reason", "cases.youngPerson.remove.error.tooLong", new Object[] {MAX_REASON}, null);
    }
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
