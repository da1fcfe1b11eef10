package uk.harbour.intake;

import org.springframework.validation.Errors;

/**
 * The two small forms on a concern's screening page: link to a child by Harbour reference, and the
 * decision with its reasons. One object so that one error summary serves the page.
 */
class ScreeningForm {

  static final int REASONS_MAX = 10_000;

  private String childReference;
  private ScreeningOutcome outcome;
  private String reasons;

  void validateLink(Errors errors) {
    if (Text.blank(childReference)) {
      errors.rejectValue("childReference", "intake.screening.error.childReference.required");
    } else if (ChildReferences.normalise(childReference) == null) {
      errors.rejectValue("childReference", "intake.screening.error.childReference.format");
    }
  }

  void validateDecision(Errors errors) {
    if (outcome == null) {
      errors.rejectValue("outcome", "intake.screening.error.outcome.required");
    }
    if (Text.blank(reasons)) {
      errors.rejectValue("reasons", "intake.screening.error.reasons.required");
    }
    Text.maxLength(errors, "reasons", reasons, REASONS_MAX, "reasons");
  }

  // Accessors for data binding.
  public String getChildReference() {
    return childReference;
  }

  public void setChildReference(String v) {
    childReference = v;
  }

  public ScreeningOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(ScreeningOutcome v) {
    outcome = v;
  }

  public String getReasons() {
    return reasons;
  }

  public void setReasons(String v) {
    reasons = v;
  }
}
