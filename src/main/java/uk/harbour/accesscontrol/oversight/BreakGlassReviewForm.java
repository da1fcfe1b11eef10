package uk.harbour.accesscontrol.oversight;

import org.springframework.validation.Errors;
import uk.harbour.accesscontrol.BreakGlassReviewOutcome;

/** A data protection officer's review of one use of break-glass. */
class BreakGlassReviewForm extends OfficerDecisionForm {

  private BreakGlassReviewOutcome outcome;

  void validate(Errors errors) {
    if (outcome == null) {
      errors.rejectValue("outcome", "breakGlassReview.error.outcomeRequired");
    }
    String note = getNote();
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
}
