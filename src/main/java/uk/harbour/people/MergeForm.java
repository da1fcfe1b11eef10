package uk.harbour.people;

import org.springframework.validation.Errors;

/**
 * A decision on a possible duplicate or a merge, with the reasons a second person and an auditor
 * will read.
 *
 * @see DuplicatesController
 * @see MergeController
 */
class MergeForm {

  static final int MIN_REASONS = 10;
  static final int MAX_REASONS = 2000;

  /** On a pair: KEEP_FIRST, KEEP_SECOND or NOT_SAME. On a proposal: APPROVE or REJECT. */
  private String decision;

  private String reasons;

  void validate(Errors errors, boolean decisionNeeded) {
    if (decisionNeeded && (decision == null || decision.isBlank())) {
      errors.rejectValue("decision", "merge.error.decisionRequired");
    }
    String why = reasons == null ? "" : reasons.strip();
    Object[] args = {MIN_REASONS, MAX_REASONS};
    if (why.isEmpty()) {
      errors.rejectValue("reasons", "merge.error.reasonsRequired", args, null);
    } else if (why.length() < MIN_REASONS) {
      errors.rejectValue("reasons", "merge.error.reasonsTooShort", args, null);
    } else if (why.length() > MAX_REASONS) {
      errors.rejectValue("reasons", "merge.error.reasonsTooLong", args, null);
    }
  }

  String strippedReasons() {
    return reasons.strip();
  }

  public String getDecision() {
    return decision;
  }

  public void setDecision(String v) {
    decision = v;
  }

  public String getReasons() {
    return reasons;
  }

  public void setReasons(String v) {
    reasons = v;
  }
}
