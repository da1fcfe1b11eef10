package uk.harbour.intake;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.Notifications;
import uk.harbour.accesscontrol.TeamMember;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.cases.Cases;
import uk.harbour.shared.ChildId;

/**
 * A concern about a child already open to the service (an open case, or a key worker in the team)
 * goes straight to the key worker as well as to screening: they are told as soon as the concern is
 * linked to the child, and may read it from then on.
 */
@Component
class KeyWorkerNotice {

  /** The notification kind; its subject is the concern's id, readable at /concerns/{id}. */
  static final String KIND = "CONCERN";

  private final Teams teams;
  private final Cases cases;
  private final Notifications notifications;
  private final MessageSource messages;

  KeyWorkerNotice(Teams teams, Cases cases, Notifications notifications, MessageSource messages) {
    this.teams = teams;
    this.cases = cases;
    this.notifications = notifications;
    this.messages = messages;
  }

  void sendIfOpen(ChildId child, String childReference, Concern concern) {
    List<TeamMember> keyWorkers =
        teams.members(child).stream()
            .filter(m -> m.role() == TeamRole.KEY_WORKER && m.user() != null)
            .filter(m -> m.user().active())
            .toList();
    if (keyWorkers.isEmpty() && !cases.hasOpenCase(child)) {
      return;
    }
    String message =
        messages.getMessage(
            "intake.notice.keyWorker",
            new Object[] {concern.reference(), childReference},
            Locale.UK);
    for (TeamMember keyWorker : keyWorkers) {
      notifications.send(
          keyWorker.user().id(), KIND, child, concern.id(), message, "/concerns/" + concern.id());
    }
  }
}
