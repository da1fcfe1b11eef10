package uk.harbour.accesscontrol;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.shared.AuditAction;
import uk.harbour.shared.Audited;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.UserId;

/**
 * The team around each child. Membership is what need-to-know access is based on, so every change
 * is audited against the child's record and takes effect on the member's next request.
 */
@Service
public class Teams {

  private final JdbcClient jdbc;
  private final AccessPolicy policy;
  private final Directory directory;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Teams(
      JdbcClient jdbc,
      AccessPolicy policy,
      Directory directory,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.policy = policy;
    this.directory = directory;
    this.currentUser = currentUser;
    this.events = events;
    this.clock = clock;
  }

  /** The team, key worker first. Callers must already have checked the user may see the child. */
  public List<TeamMember> members(ChildId child) {
    record Row(UserId user, TeamRole role, java.time.Instant since) {}
    List<Row> rows =
        jdbc.sql(
                "SELECT user_id, team_role, added_at FROM team_member WHERE child_id = ?"
                    + " ORDER BY (team_role = 'KEY_WORKER') DESC, added_at")
            .param(child.value())
            .query(
                (rs, n) ->
                    new Row(
                        new UserId(rs.getObject("user_id", UUID.class)),
                        TeamRole.valueOf(rs.getString("team_role")),
                        rs.getTimestamp("added_at").toInstant()))
            .list();
    Map<UserId, UserSummary> users =
        directory.usersWithIds(rows.stream().map(Row::user).toList()).stream()
            .collect(Collectors.toMap(UserSummary::id, Function.identity()));
    return rows.stream()
        .map(r -> new TeamMember(users.get(r.user()), r.role(), r.since()))
        .toList();
  }

  /** Adds a practitioner, if the signed-in user may manage this child's team. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  public void add(ChildId child, UserId member, TeamRole role) {
    requireManager(child);
    UserSummary user =
        directory
            .findUser(member)
            .filter(UserSummary::active)
            .filter(u -> !u.has(Role.SYSTEM_ADMINISTRATOR))
            .orElseThrow(() -> new TeamChangeException("team.error.userNotAvailable"));
    if (isMember(child, member)) {
      throw new TeamChangeException("team.error.alreadyMember");
    }
    if (role == TeamRole.KEY_WORKER && hasKeyWorker(child)) {
      throw new TeamChangeException("team.error.keyWorkerExists");
    }
    insert(child, member, role);
    events.publishEvent(
        Audited.succeeded(AuditAction.CHANGE, AccessPolicy.CHILD, child)
            .withDetail("team member added: " + user.username() + " as " + role));
  }

  /** Removes a practitioner; they lose access on their next request. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  public void remove(ChildId child, UserId member) {
    requireManager(child);
    int removed =
        jdbc.sql("DELETE FROM team_member WHERE child_id = ? AND user_id = ?")
            .params(child.value(), member.value())
            .update();
    AccessDecisions.forgetAll();
    if (removed == 0) {
      throw new TeamChangeException("team.error.notMember");
    }
    String username = directory.findUser(member).map(UserSummary::username).orElse("?");
    events.publishEvent(
        Audited.succeeded(AuditAction.CHANGE, AccessPolicy.CHILD, child)
            .withDetail("team member removed: " + username));
  }

  /**
   * Puts a practitioner in a team without a signed-in manager: for the demo world and for
   * allocations made by other modules' own permission checks. Audited like any other change.
   */
  @Transactional
  public void assign(ChildId child, UserId member, TeamRole role) {
    if (!isMember(child, member)) {
      insert(child, member, role);
      events.publishEvent(
          Audited.succeeded(AuditAction.CHANGE, AccessPolicy.CHILD, child)
              .withDetail("team member assigned: " + member + " as " + role));
    }
  }

  /**
   * Takes a practitioner out of a team without a signed-in manager: for changes other modules make
   * under their own permission checks (for example undoing a merge). Audited like any other change;
   * returns whether they were in the team.
   */
  @Transactional
  public boolean withdraw(ChildId child, UserId member) {
    int removed =
        jdbc.sql("DELETE FROM team_member WHERE child_id = ? AND user_id = ?")
            .params(child.value(), member.value())
            .update();
    AccessDecisions.forgetAll();
    if (removed == 1) {
      events.publishEvent(
          Audited.succeeded(AuditAction.CHANGE, AccessPolicy.CHILD, child)
              .withDetail("team member withdrawn: " + member));
    }
    return removed == 1;
  }

  /** The children whose team the user is in, for their home page. */
  public List<ChildId> childrenOf(UserId user) {
    return jdbc.sql("SELECT child_id FROM team_member WHERE user_id = ? ORDER BY added_at")
        .param(user.value())
        .query((rs, n) -> new ChildId(rs.getObject("child_id", UUID.class)))
        .list();
  }

  private void requireManager(ChildId child) {
    policy.requireChild(child, AuditAction.CHANGE);
    if (!policy.mayManageTeam(child)) {
      events.publishEvent(
          Audited.denied(AuditAction.ACCESS_DENIED, AccessPolicy.CHILD, child)
              .withDetail("team change"));
      throw new AccessDeniedException("Only the key worker or a manager may change the team");
    }
  }

  private boolean isMember(ChildId child, UserId member) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM team_member WHERE child_id = ? AND user_id = ?)")
        .params(child.value(), member.value())
        .query(Boolean.class)
        .single();
  }

  private boolean hasKeyWorker(ChildId child) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM team_member WHERE child_id = ? AND team_role = 'KEY_WORKER')")
        .param(child.value())
        .query(Boolean.class)
        .single();
  }

  private void insert(ChildId child, UserId member, TeamRole role) {
    UUID by = currentUser.get().map(u -> u.id().value()).orElse(null);
    jdbc.sql(
            "INSERT INTO team_member (child_id, user_id, team_role, added_at, added_by)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(child.value(), member.value(), role.name(), Timestamp.from(clock.instant()), by)
        .update();
    AccessDecisions.forgetAll();
  }
}
