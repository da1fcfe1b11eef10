package uk.harbour.intake;

import org.springframework.validation.Errors;

/** A concern's reference as a screening officer typed it, often read out by a caller. */
class FindConcernForm {

  static final int MAX_LENGTH = 40;

  private String reference;

  void validate(Errors errors) {
    if (reference == null || reference.isBlank()) {
      errors.rejectValue("reference", "intake.queue.find.error.empty");
    } else if (reference.length() > MAX_LENGTH) {
      errors.rejectValue("reference", "intake.queue.find.error.notFound");
    }
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String v) {
    reference = v;
  }
}
