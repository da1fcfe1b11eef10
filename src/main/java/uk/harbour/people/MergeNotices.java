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
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

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

  /**
   * Tells the key workers of both records that the records were merged while both had open work
   * (cases or concerns awaiting screening), which now needs bringing together by a person.
   */
  void bothHadOpenWork(
      java.util.Collection<UserId> keyWorkers,
      UUID mergeId,
      String merged,
      String kept,
      ChildId keptId) {
    String message =
        messages.getMessage("merge.notice.bothOpen", new Object[] {merged, kept}, Locale.UK);
    for (UserId keyWorker : keyWorkers) {
      notifications.send(keyWorker, KIND, keptId, mergeId, message, "/merges/" + mergeId);
    }
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
