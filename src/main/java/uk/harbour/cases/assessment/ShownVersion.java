package uk.harbour.cases.assessment;

/**
 * The one version of an assessment a summary or export shows, so the page can say plainly what it
 * is: the working copy (a draft), a submitted version still waiting for sign-off, or a signed-off
 * version.
 *
 * @param number 0 for the working copy, otherwise the submitted version's number
 * @param version the submitted version, or null for the working copy
 */
record ShownVersion(
    AssessmentView view, int number, AssessmentContent content, AssessmentVersion version) {

  /** DRAFT, AWAITING_SIGN_OFF or SIGNED_OFF: a message key suffix. */
  public String kind() {
    if (version == null) {
      return "DRAFT";
    }
    return version.signedOff() ? "SIGNED_OFF" : "AWAITING_SIGN_OFF";
  }

  public boolean workingCopy() {
    return version == null;
  }
}
