package uk.harbour.cases.chronology;

import org.springframework.validation.Errors;
import uk.harbour.cases.CaseText;

/** Withdrawing an entry the team wrote: why, and the version the user opened. */
class WithdrawalForm {

  private String reason;
  private int version;

  void validate(Errors errors) {
    CaseText.required(
        errors, "reason", reason, CaseText.TEXT_MAX, "cases.chronology.error.withdrawalReason");
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
