package uk.harbour.intelligence;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Notifications;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.UserId;

/**
 * A submission that says someone may be at risk now does not wait for someone to open the duty
 * queue: every active screening officer and intelligence officer is told in Harbour as it arrives,
 * with its reference and deadline. The message carries nothing of what the submission says.
 */
@Component
class RiskNowAlert {

  static final String KIND = "intelligence-risk-now";

  private final SubmissionRepository submissions;
  private final Directory directory;
  private final Notifications notifications;
  private final DisplayDates dates;

  RiskNowAlert(
      SubmissionRepository submissions,
      Directory directory,
      Notifications notifications,
      DisplayDates dates) {
    this.submissions = submissions;
    this.directory = directory;
    this.notifications = notifications;
    this.dates = dates;
  }

  @EventListener
  void on(IntelligenceChanged changed) {
    if (changed.change() != IntelligenceChanged.Change.SUBMITTED_RISK_NOW) {
      return;
    }
    Submission submission = submissions.find(changed.submissionId()).orElseThrow();
    Set<UserId> onDuty = new LinkedHashSet<>();
    for (Role role : new Role[] {Role.SCREENING_OFFICER, Role.INTELLIGENCE_OFFICER}) {
      directory.activeUsersWithRole(role).stream().map(UserSummary::id).forEach(onDuty::add);
    }
    String message =
        "Risk to a person now: intelligence "
            + submission.reference()
            + " is waiting in the duty queue. Acknowledge it by "
            + dates.dateTime(submission.deadlineAt())
            + ".";
    for (UserId user : onDuty) {
      notifications.send(
          user,
          KIND,
          null,
          UUID.nameUUIDFromBytes(
              (submission.id() + ":" + user.value()).getBytes(StandardCharsets.UTF_8)),
          message,
          "/intelligence/queue");
    }
  }
}
