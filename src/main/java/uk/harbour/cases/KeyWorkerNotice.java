package uk.harbour.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Notifications;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.TeamMember;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.intake.ConcernLinked;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/**
 * A concern about a child already open to the service (an open case, or a key worker in the team)
 * goes straight to the key worker as well as to screening: they are told as soon as the concern is
 * linked to the child, and may read it from then on. A child with an open case but no key worker
 * has nobody to tell in that role, so the team managers around the child are told instead: those in
 * the team, and the managers of the people in it (who can all read the concern). If the team has
 * nobody with a manager, the concern stays with screening, which holds it anyway, and the log says
 * so. It reacts to intake's {@link ConcernLinked}, in the transaction that linked the concern.
 */
@Component
class KeyWorkerNotice {

  private static final Logger log = LoggerFactory.getLogger(KeyWorkerNotice.class);

  /** The notification kind; its subject is the concern's id, readable at /concerns/{id}. */
  static final String KIND = "CONCERN";

  private final Teams teams;
  private final Directory directory;
  private final Cases cases;
  private final Notifications notifications;
  private final MessageSource messages;

  KeyWorkerNotice(
      Teams teams,
      Directory directory,
      Cases cases,
      Notifications notifications,
      MessageSource messages) {
    this.teams = teams;
    this.directory = directory;
    this.cases = cases;
    this.notifications = notifications;
    this.messages = messages;
  }

  @EventListener
  void on(ConcernLinked linked) {
    ChildId child = linked.child();
    List<TeamMember> team = teams.members(child);
    List<UserId> keyWorkers =
        team.stream()
            .filter(m -> m.role() == TeamRole.KEY_WORKER && m.user() != null)
            .filter(m -> m.user().active())
            .map(m -> m.user().id())
            .toList();
    if (!keyWorkers.isEmpty()) {
      send(keyWorkers, "intake.notice.keyWorker", linked);
      return;
    }
    if (!cases.hasOpenCase(child)) {
      return;
    }
    List<UserId> managers = managersAround(team);
    if (managers.isEmpty()) {
      log.warn(
          "Concern {} is about {}, who has an open case but no key worker and nobody in the team"
              + " with a manager to tell",
          linked.reference(),
          linked.childReference());
      return;
    }
    send(managers, "intake.notice.noKeyWorker", linked);
  }

  /** Active team managers in the team, and the active team managers of the people in it. */
  private List<UserId> managersAround(List<TeamMember> team) {
    List<UserId> managers = new ArrayList<>();
    for (TeamMember m : team) {
      UserSummary u = m.user();
      if (u == null || !u.active()) {
        continue;
      }
      if (u.has(Role.TEAM_MANAGER)) {
        addOnce(managers, u.id());
      }
      if (u.managerId() != null) {
        directory
            .findUser(u.managerId())
            .filter(UserSummary::active)
            .filter(manager -> manager.has(Role.TEAM_MANAGER))
            .ifPresent(manager -> addOnce(managers, manager.id()));
      }
    }
    return managers;
  }

  private static void addOnce(List<UserId> list, UserId id) {
    if (!list.contains(id)) {
      list.add(id);
    }
  }

  private void send(List<UserId> recipients, String key, ConcernLinked linked) {
    String message =
        messages.getMessage(
            key, new Object[] {linked.reference(), linked.childReference()}, Locale.UK);
    for (UserId recipient : recipients) {
      notifications.send(
          recipient,
          KIND,
          linked.child(),
          linked.concernId(),
          message,
          "/concerns/" + linked.concernId());
    }
  }
}
