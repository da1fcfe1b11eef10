package uk.harbour.accesscontrol.oversight;

import org.springframework.validation.Errors;

/** A data protection officer's decision on a reset of someone's sign-in details. */
class SignInResetDecisionForm extends OfficerDecisionForm {

  /** What the officer decides. */
  public enum Decision {
    APPROVE,
    REFUSE
  }

  private Decision decision;

  void validate(Errors errors) {
    if (decision == null) {
      errors.rejectValue("decision", "signInReset.error.decisionRequired");
    }
    String note = getNote();
    String value = note == null ? "" : note.strip();
    if (value.isEmpty()) {
      errors.rejectValue(
          "note",
          decision == Decision.REFUSE
              ? "signInReset.error.refusalReasonRequired"
              : "signInReset.error.noteRequired");
    } else if (value.length() > NOTE_MAX) {
      errors.rejectValue("note", "signInReset.error.noteTooLong", new Object[] {NOTE_MAX}, null);
    } else if (value.indexOf('\u0000') >= 0) {
      errors.rejectValue("note", "signInReset.error.noteInvalid");
    }
  }

  public Decision getDecision() {
    return decision;
  }

  public void setDecision(Decision v) {
    decision = v;
  }
}
