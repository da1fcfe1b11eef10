package uk.harbour.cases;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import uk.harbour.shared.DateParts;

/**
 * Recording a strategy discussion or trigger plan after repeated missing episodes: what was held
 * and on which day, with what was decided, or that it was not held and why.
 */
class RepeatMissingForm {

  private RepeatMissingPrompt.@Nullable Outcome outcome;
  private String heldDay;
  private String heldMonth;
  private String heldYear;
  private String note;
  private int version;

  void validate(Errors errors, LocalDate today, LocalDate raisedOn) {
    if (outcome == null) {
      errors.rejectValue("outcome", "missing.repeat.error.outcome");
    }
    DateParts parts = DateParts.of(heldDay, heldMonth, heldYear);
    if (outcome != null && outcome.held()) {
      LocalDate date = parts.date();
      if (parts.empty()) {
        errors.rejectValue("held", "missing.repeat.error.held.missing");
      } else if (date == null) {
        errors.rejectValue("held", "missing.repeat.error.held.invalid");
      } else if (date.isAfter(today)) {
        errors.rejectValue("held", "missing.repeat.error.held.future");
      } else if (date.isBefore(raisedOn.minusDays(90))) {
        errors.rejectValue("held", "missing.repeat.error.held.tooEarly");
      }
    }
    CaseText.required(
        errors,
        "note",
        note,
        CaseText.TEXT_MAX,
        outcome == RepeatMissingPrompt.Outcome.NOT_HELD
            ? "missing.repeat.error.note.why"
            : "missing.repeat.error.note.decided");
  }

  @Nullable LocalDate heldDate() {
    return outcome != null && outcome.held()
        ? DateParts.of(heldDay, heldMonth, heldYear).date()
        : null;
  }

  /** The date input's combined field, which errors about the whole date are attached to. */
  public String getHeld() {
    return heldDay;
  }

  public RepeatMissingPrompt.@Nullable Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(RepeatMissingPrompt.@Nullable Outcome outcome) {
    this.outcome = outcome;
  }

  public String getHeldDay() {
    return heldDay;
  }

  public void setHeldDay(String v) {
    this.heldDay = v;
  }

  public String getHeldMonth() {
    return heldMonth;
  }

  public void setHeldMonth(String v) {
    this.heldMonth = v;
  }

  public String getHeldYear() {
    return heldYear;
  }

  public void setHeldYear(String v) {
    this.heldYear = v;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
