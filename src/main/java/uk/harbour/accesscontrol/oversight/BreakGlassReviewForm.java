package uk.harbour.accesscontrol.oversight;

import org.springframework.validation.Errors;
import uk.harbour.accesscontrol.BreakGlassReviewOutcome;

/** A data protection officer's review of one use of break-glass. */
class BreakGlassReviewForm {
  static final int NOTE_MAX = 2000;

  private BreakGlassReviewOutcome outcome;
  private String note;
  private int version;

  void validate(Errors errors) {
    if (outcome == null) {
      errors.rejectValue("outcome", "breakGlassReview.error.outcomeRequired");
    }
    if (note != null && note.length() > NOTE_MAX) {
      errors.rejectValue("note", "breakGlassReview.error.noteTooLong");
    }
  }

  public BreakGlassReviewOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(BreakGlassReviewOutcome v) {
    outcome = v;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String v) {
    note = v;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int v) {
    version = v;
  }
}
