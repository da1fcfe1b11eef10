package uk.harbour.intelligence;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.Notifications;
import uk.harbour.accesscontrol.TeamMember;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.shared.UserId;

/**
 * When a young person is recorded as a person of concern to other children, their key worker and
 * the key worker's manager are told: the young person is still a child at risk, and their own plan
 * should take it into account. The message names no other child and quotes no intelligence.
 */
@Component
class DualIdentityNotice {

  static final String KIND = "intelligence-dual-identity";

  private final Teams teams;
  private final Notifications notifications;

  DualIdentityNotice(Teams teams, Notifications notifications) {
    this.teams = teams;
    this.notifications = notifications;
  }

  @EventListener
  void on(DualIdentityChanged changed) {
    if (changed.change() != DualIdentityChanged.Change.RECORDED) {
      return;
    }
    Set<UserId> told = new LinkedHashSet<>();
    for (TeamMember member : teams.members(changed.child())) {
      if (member.role() == TeamRole.KEY_WORKER) {
        told.add(member.user().id());
        if (member.user().managerId() != null) {
          told.add(member.user().managerId());
        }
      }
    }
    for (UserId user : told) {
      notifications.send(
          user,
          KIND,
          changed.child(),
          UUID.nameUUIDFromBytes(
              (changed.entity().value() + ":" + changed.child().value() + ":" + user.value())
                  .getBytes(StandardCharsets.UTF_8)),
          "The police intelligence unit has recorded that a young person you work with is also"
              + " named as a person of concern to other children. They are still a child at risk:"
              + " their own safety and support come first in their plan. Speak to the unit about"
              + " what can be shared.",
          "/intelligence/children/" + changed.child().value());
    }
  }
}
