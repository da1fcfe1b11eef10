package uk.harbour.cases.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.harbour.cases.CaseSummary;

/**
 * A case's assessment as its overview page shows it.
 *
 * @param content the working copy's content (empty before anyone has started)
 * @param version the working copy's optimistic-lock version (0 before anyone has started)
 * @param versions submitted versions, newest first
 * @param dueOn when the first signed-off assessment is due
 * @param overdue whether it is past due without a signed-off version
 * @param reviewPrompts what has happened since the latest version that should prompt a review
 * @param submittable whether the working copy differs from the latest version
 * @param maySignOff whether the signed-in user may sign off the latest version
 * @param reviewDueOn when a review prompted by something new on the case is due, or null if none is
 *     prompted
 * @param reviewOverdue whether that review is past due
 */
record AssessmentView(
    CaseSummary kase,
    AssessmentContent content,
    int version,
    Instant updatedAt,
    String updatedByName,
    List<AssessmentVersion> versions,
    LocalDate dueOn,
    boolean overdue,
    List<String> reviewPrompts,
    boolean submittable,
    boolean maySignOff,
    LocalDate reviewDueOn,
    boolean reviewOverdue) {

  public boolean started() {
    return version > 0;
  }

  public @Nullable AssessmentVersion latest() {
    return versions.isEmpty() ? null : versions.get(0);
  }

  /** NOT_STARTED, IN_PROGRESS, AWAITING_SIGN_OFF or SIGNED_OFF: a message key suffix. */
  public String status() {
    if (!started()) {
      return "NOT_STARTED";
    }
    if (latest() == null || submittable) {
      return "IN_PROGRESS";
    }
    return latest().signedOff() ? "SIGNED_OFF" : "AWAITING_SIGN_OFF";
  }
}
