package uk.harbour.intelligence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.Notifications;
import uk.harbour.accesscontrol.TeamMember;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/**
 * When a triaged submission joins a child to a person, vehicle, phone, account or place already
 * linked to other children, the key workers of every child on both sides, and their managers, are
 * told in Harbour. The message names no child: each notification is about one child the recipient
 * works with and leads to that child's links, where other children show only to those who may see
 * them.
 */
@Component
class OtherChildrenAtRisk {

  static final String KIND = "intelligence-link";

  private final Teams teams;
  private final Notifications notifications;

  OtherChildrenAtRisk(Teams teams, Notifications notifications) {
    this.teams = teams;
    this.notifications = notifications;
  }

  @EventListener
  void on(EntitiesLinked linked) {
    if (!linked.joinsOtherChildren()) {
      return;
    }
    Map<UserId, ChildId> told = new LinkedHashMap<>();
    for (ChildId child : concat(linked.children(), linked.otherChildren())) {
      for (TeamMember member : teams.members(child)) {
        if (member.role() != TeamRole.KEY_WORKER) {
          continue;
        }
        told.putIfAbsent(member.user().id(), child);
        if (member.user().managerId() != null) {
          told.putIfAbsent(member.user().managerId(), child);
        }
      }
    }
    told.forEach(
        (user, child) ->
            notifications.send(
                user,
                KIND,
                child,
                UUID.nameUUIDFromBytes(
                    (linked.submissionId() + ":" + user.value())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "New intelligence ("
                    + linked.reference()
                    + ") links a young person you work with to a person, vehicle, phone or place"
                    + " already linked to another child. See the links, and speak to the police"
                    + " intelligence unit about what can be shared.",
                "/intelligence/children/" + child.value()));
  }

  private static List<ChildId> concat(List<ChildId> a, List<ChildId> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
  }
}
