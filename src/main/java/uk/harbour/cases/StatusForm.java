package uk.harbour.cases;

import java.time.LocalDate;
import org.springframework.validation.Errors;
import uk.harbour.shared.DateParts;

/** Stepping a case down or up, closing it with a reason and follow-up date, or reopening it. */
class StatusForm {

  private CaseStatus status;
  private String reason;
  private String followUpDay;
  private String followUpMonth;
  private String followUpYear;
  private int version;

  void validate(Errors errors, LocalDate today) {
    if (status == null) {
      errors.rejectValue("status", "cases.status.error.status");
    }
    CaseText.required(errors, "reason", reason, CaseText.TEXT_MAX, "cases.status.error.reason");
    DateParts parts = DateParts.of(followUpDay, followUpMonth, followUpYear);
    if (!parts.empty()) {
      LocalDate date = parts.date();
      if (date == null) {
        errors.rejectValue("followUp", "cases.status.error.followUp.invalid");
      } else if (!date.isAfter(today)) {
        errors.rejectValue("followUp", "cases.status.error.followUp.past");
      }
    }
  }

  LocalDate followUpDate() {
    return DateParts.of(followUpDay, followUpMonth, followUpYear).date();
  }

  /** The date input's combined field, which errors are attached to. */
  public String getFollowUp() {
    return followUpDay;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public void setStatus(CaseStatus status) {
    this.status = status;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getFollowUpDay() {
    return followUpDay;
  }

  public void setFollowUpDay(String v) {
    this.followUpDay = v;
  }

  public String getFollowUpMonth() {
    return followUpMonth;
  }

  public void setFollowUpMonth(String v) {
    this.followUpMonth = v;
  }

  public String getFollowUpYear() {
    return followUpYear;
  }

  public void setFollowUpYear(String v) {
    this.followUpYear = v;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
