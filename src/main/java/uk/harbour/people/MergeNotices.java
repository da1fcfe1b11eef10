package uk.harbour.people;

import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Notifications;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.UserSummary;

/** Tells the other screening officers inside Harbour that a merge awaits a second person. */
@Component
class MergeNotices {

  static final String KIND = "MERGE";

  private final Directory directory;
  private final Notifications notifications;
  private final MessageSource messages;

  MergeNotices(Directory directory, Notifications notifications, MessageSource messages) {
    this.directory = directory;
    this.notifications = notifications;
    this.messages = messages;
  }

  void awaitingApproval(HarbourUser proposer, UUID mergeId, String merged, String kept) {
    String message =
        messages.getMessage(
            "merge.notice.awaiting",
            new Object[] {proposer.displayName(), merged, kept},
            Locale.UK);
    for (UserSummary officer : directory.activeUsersWithRole(Role.SCREENING_OFFICER)) {
      if (!officer.id().equals(proposer.id())) {
        notifications.send(officer.id(), KIND, null, mergeId, message, "/merges/" + mergeId);
      }
    }
  }
}
