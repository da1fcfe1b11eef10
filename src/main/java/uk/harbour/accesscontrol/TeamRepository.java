package uk.harbour.accesscontrol;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/** The members of each child's team, behind {@link Teams}. */
@Repository
class TeamRepository {

  private final JdbcClient jdbc;

  TeamRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The team, key worker first. */
  List<TeamMember> members(ChildId child) {
    return jdbc.sql(
            "SELECT tm.team_role, tm.added_at, "
                + DirectoryRepository.USER_COLUMNS
                + " FROM team_member tm JOIN app_user u ON u.id = tm.user_id"
                + " JOIN agency a ON a.id = u.agency_id WHERE tm.child_id = ?"
                + " ORDER BY (tm.team_role = 'KEY_WORKER') DESC, tm.added_at")
        .param(child.value())
        .query(
            (rs, n) ->
                new TeamMember(
                    DirectoryRepository.user(rs, n),
                    TeamRole.valueOf(rs.getString("team_role")),
                    rs.getTimestamp("added_at").toInstant()))
        .list();
  }

  Optional<UserId> keyWorker(ChildId child) {
    return jdbc.sql(
            "SELECT user_id FROM team_member WHERE child_id = ? AND team_role = 'KEY_WORKER'")
        .param(child.value())
        .query((rs, n) -> new UserId(rs.getObject("user_id", UUID.class)))
        .optional();
  }

  List<ChildId> childrenOf(UserId user) {
    return jdbc.sql("SELECT child_id FROM team_member WHERE user_id = ? ORDER BY added_at")
        .param(user.value())
        .query((rs, n) -> new ChildId(rs.getObject("child_id", UUID.class)))
        .list();
  }

  boolean isMember(ChildId child, UserId member) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM team_member WHERE child_id = ? AND user_id = ?)")
        .params(child.value(), member.value())
        .query(Boolean.class)
        .single();
  }

  /**
   * Adds the member; a second key worker for one child is refused by a unique index ({@link
   * org.springframework.dao.DuplicateKeyException}).
   */
  void insert(ChildId child, UserId member, TeamRole role, Instant at, @Nullable UUID by) {
    jdbc.sql(
            "INSERT INTO team_member (child_id, user_id, team_role, added_at, added_by)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(child.value(), member.value(), role.name(), Timestamp.from(at), by)
        .update();
  }

  /** Takes the member out of the team; their role there, or null if they were not in it. */
  @Nullable TeamRole delete(ChildId child, UserId member) {
    return jdbc.sql(
            "DELETE FROM team_member WHERE child_id = ? AND user_id = ? RETURNING team_role")
        .params(child.value(), member.value())
        .query((rs, n) -> TeamRole.valueOf(rs.getString(1)))
        .optional()
        .orElse(null);
  }
}
