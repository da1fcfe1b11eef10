package uk.harbour.accesscontrol;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.AgencyId;
import uk.harbour.shared.UserId;

/** The agencies, users and their roles behind {@link Directory}. */
@Repository
class DirectoryRepository {

  /** What {@link #user} reads, from {@code app_user u} joined to {@code agency a}. */
  static final String USER_COLUMNS =
      """
      u.id, u.username, u.display_name, u.job_title, u.agency_id, a.name AS agency_name,
      u.manager_id, u.active,
      (SELECT string_agg(r.role, ',') FROM user_role r WHERE r.user_id = u.id) AS roles
      """;

  private static final String USER_SELECT =
      "SELECT " + USER_COLUMNS + " FROM app_user u JOIN agency a ON a.id = u.agency_id";

  private final JdbcClient jdbc;

  DirectoryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insertAgency(UUID id, String name, AgencyKind kind, Instant now) {
    jdbc.sql("INSERT INTO agency (id, name, kind, active, created_at) VALUES (?, ?, ?, TRUE, ?)")
        .params(id, name, kind.name(), java.sql.Timestamp.from(now))
        .update();
  }

  /** Inserts the account with its password already hashed, and no roles yet. */
  void insertUser(UUID id, NewUser user, String username, String passwordHash, Instant now) {
    jdbc.sql(
            """
            INSERT INTO app_user (id, username, display_name, email, job_title, agency_id,
                                  manager_id, password_hash, password_changed_at, totp_secret,
                                  created_at)
            VALUES (:id, :username, :displayName, :email, :jobTitle, :agencyId, :managerId,
                    :hash, :now, :totp, :now)
            """)
        .param("id", id)
        .param("username", username)
        .param("displayName", user.displayName())
        .param("email", user.email())
        .param("jobTitle", user.jobTitle())
        .param("agencyId", user.agencyId().value())
        .param("managerId", user.managerId() == null ? null : user.managerId().value())
        .param("hash", passwordHash)
        .param("now", java.sql.Timestamp.from(now))
        .param("totp", user.totpSecret())
        .update();
  }

  void setRoles(UserId user, Set<Role> roles) {
    jdbc.sql("DELETE FROM user_role WHERE user_id = ?").param(user.value()).update();
    for (Role role : roles) {
      jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (?, ?)")
          .params(user.value(), role.name())
          .update();
    }
  }

  Optional<UserSummary> findUser(UserId id) {
    return jdbc.sql(USER_SELECT + " WHERE u.id = ?")
        .param(id.value())
        .query(DirectoryRepository::user)
        .optional();
  }

  /** The user with this username, already in lower case. */
  Optional<UserSummary> findUserByUsername(String username) {
    return jdbc.sql(USER_SELECT + " WHERE u.username = ?")
        .param(username)
        .query(DirectoryRepository::user)
        .optional();
  }

  /** Every user, ordered by agency then name. */
  List<UserSummary> allUsers() {
    return jdbc.sql(USER_SELECT + " ORDER BY a.name, u.display_name")
        .query(DirectoryRepository::user)
        .list();
  }

  /** The users with these ids (those that exist), in no particular order. */
  List<UserSummary> usersWithIds(java.util.Collection<UserId> ids) {
    return jdbc.sql(USER_SELECT + " WHERE u.id = ANY(?::uuid[])")
        .param(ids.stream().map(UserId::value).toArray(UUID[]::new))
        .query(DirectoryRepository::user)
        .list();
  }

  /** Active users holding a role, for example every data protection officer. */
  List<UserSummary> activeUsersWithRole(Role role) {
    return jdbc.sql(
            USER_SELECT
                + " WHERE u.active AND EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id"
                + " AND r.role = ?) ORDER BY u.display_name")
        .param(role.name())
        .query(DirectoryRepository::user)
        .list();
  }

  List<AgencySummary> agencies() {
    return jdbc.sql("SELECT id, name, kind, active FROM agency ORDER BY name")
        .query(
            (rs, n) ->
                new AgencySummary(
                    new AgencyId(rs.getObject("id", UUID.class)),
                    rs.getString("name"),
                    AgencyKind.valueOf(rs.getString("kind")),
                    rs.getBoolean("active")))
        .list();
  }

  boolean hasAnyUser() {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user)").query(Boolean.class).single();
  }

  static UserSummary user(ResultSet rs, int row) throws SQLException {
    String roles = rs.getString("roles");
    Set<Role> roleSet =
        roles == null
            ? EnumSet.noneOf(Role.class)
            : Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toSet());
    UUID manager = rs.getObject("manager_id", UUID.class);
    return new UserSummary(
        new UserId(rs.getObject("id", UUID.class)),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("job_title"),
        new AgencyId(rs.getObject("agency_id", UUID.class)),
        rs.getString("agency_name"),
        manager == null ? null : new UserId(manager),
        rs.getBoolean("active"),
        roleSet);
  }
}
