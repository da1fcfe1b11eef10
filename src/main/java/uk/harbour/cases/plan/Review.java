package uk.harbour.cases.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A review or meeting of the plan.
 *
 * @param attendees who attended, by agency, in the order they were entered
 * @param attendanceNotes notes about attendance (apologies, anyone not listed), or the whole
 *     free-text list of a review recorded before attendees were recorded by agency; may be null
 */
public record Review(
    LocalDate heldOn,
    List<Attendee> attendees,
    String attendanceNotes,
    Participation youngPersonPart,
    String youngPersonViews,
    Participation familyPart,
    String familyViews,
    String decisions,
    LocalDate nextReviewOn,
    String recordedByName) {

  public Review {
    attendees = List.copyOf(attendees);
  }

  /** The same review with these attendees. */
  Review withAttendees(List<Attendee> who) {
    return new Review(
        heldOn,
        who,
        attendanceNotes,
        youngPersonPart,
        youngPersonViews,
        familyPart,
        familyViews,
        decisions,
        nextReviewOn,
        recordedByName);
  }
}
