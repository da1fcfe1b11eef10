package uk.harbour.cases;

import org.springframework.validation.Errors;

/** Allocating (or reallocating) a key worker. */
class AllocationForm {

  private String userId;
  private String reason;
  private int version;

  void validate(Errors errors, boolean reallocation) {
    if (CaseText.blank(userId)) {
      errors.rejectValue("userId", "cases.allocate.error.userId");
    }
    if (reallocation) {
      CaseText.required(errors, "reason", reason, CaseText.TEXT_MAX, "cases.allocate.error.reason");
    } else {
      CaseText.maxLength(errors, "reason", reason, CaseText.TEXT_MAX);
    }
  }

  public String getUserId() {
    return userId;
  }

  public void setUserId(String userId) {
    this.userId = userId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
