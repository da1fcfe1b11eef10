package uk.harbour.accesscontrol;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.ChildId;

/**
 * The queries behind {@link AccessPolicy}: what a user may do with one child (the SQL functions
 * {@code visible_child_ids} and {@code changeable_child_ids}, asked together in one round trip) and
 * the user's place in the child's team.
 */
@Repository
class ChildAccessRepository {

  private final JdbcClient jdbc;

  ChildAccessRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether the user may see the child and on what ground they may change it, in one query. */
  AccessDecisions.Decision decision(UUID user, ChildId child) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM visible_child_ids(:viewer) v WHERE v.child_id = :child)"
                + " AS "
                + AccessPolicy.MAY_SEE
                + ", (SELECT c.only_by_break_glass FROM changeable_child_ids(:viewer) c"
                + " WHERE c.child_id = :child) AS "
                + AccessPolicy.CHANGE_GROUND)
        .param(AccessPolicy.VIEWER_PARAM, user)
        .param("child", child.value())
        .query((rs, n) -> AccessPolicy.decision(rs))
        .single();
  }

  boolean isKeyWorker(UUID user, ChildId child) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM team_member WHERE child_id = ? AND user_id = ?"
                + " AND team_role = 'KEY_WORKER')")
        .params(child.value(), user)
        .query(Boolean.class)
        .single();
  }

  boolean managesKeyWorker(UUID user, ChildId child) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM team_member tm JOIN app_user u ON u.id = tm.user_id"
                + " WHERE tm.child_id = ? AND tm.team_role = 'KEY_WORKER' AND u.manager_id = ?)")
        .params(child.value(), user)
        .query(Boolean.class)
        .single();
  }

  boolean isInTeamOrManagesMember(UUID user, ChildId child) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM team_member tm JOIN app_user u ON u.id = tm.user_id"
                + " WHERE tm.child_id = ? AND (tm.user_id = ? OR u.manager_id = ?))")
        .params(child.value(), user, user)
        .query(Boolean.class)
        .single();
  }
}
