package uk.harbour.accesscontrol;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.shared.AgencyId;
import uk.harbour.shared.UserId;

/**
 * The directory of agencies and users: the facade other modules use to look people up, and the one
 * place accounts and agencies are created.
 */
@Service
public class Directory {

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
  private final PasswordEncoder passwords;
  private final Clock clock;

  Directory(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.clock = clock;
  }

  @Transactional
  public AgencyId createAgency(String name, AgencyKind kind) {
    UUID id = UUID.randomUUID();
    jdbc.sql("INSERT INTO agency (id, name, kind, active, created_at) VALUES (?, ?, ?, TRUE, ?)")
        .params(id, name, kind.name(), java.sql.Timestamp.from(clock.instant()))
        .update();
    return new AgencyId(id);
  }

  /** Creates an account. The password is hashed here; policy checks belong to the caller. */
  @Transactional
  public UserId createUser(NewUser user) {
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO app_user (id, username, display_name, email, job_title, agency_id,
                                  manager_id, password_hash, password_changed_at, totp_secret,
                                  created_at)
            VALUES (:id, :username, :displayName, :email, :jobTitle, :agencyId, :managerId,
                    :hash, :now, :totp, :now)
            """)
        .param("id", id)
        .param("username", user.username().toLowerCase(java.util.Locale.ROOT))
        .param("displayName", user.displayName())
        .param("email", user.email())
        .param("jobTitle", user.jobTitle())
        .param("agencyId", user.agencyId().value())
        .param("managerId", user.managerId() == null ? null : user.managerId().value())
        .param("hash", passwords.encode(user.rawPassword()))
        .param("now", java.sql.Timestamp.from(now))
        .param("totp", user.totpSecret())
        .update();
    setRoles(new UserId(id), user.roles());
    return new UserId(id);
  }

  @Transactional
  public void setRoles(UserId user, Set<Role> roles) {
    jdbc.sql("DELETE FROM user_role WHERE user_id = ?").param(user.value()).update();
    for (Role role : roles) {
      jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (?, ?)")
          .params(user.value(), role.name())
          .update();
    }
  }

  public Optional<UserSummary> findUser(UserId id) {
    return jdbc.sql(USER_SELECT + " WHERE u.id = ?")
        .param(id.value())
        .query(Directory::user)
        .optional();
  }

  public Optional<UserSummary> findUserByUsername(String username) {
    return jdbc.sql(USER_SELECT + " WHERE u.username = ?")
        .param(username.toLowerCase(java.util.Locale.ROOT))
        .query(Directory::user)
        .optional();
  }

  /** Every user, ordered by agency then name. */
  public List<UserSummary> allUsers() {
    return jdbc.sql(USER_SELECT + " ORDER BY a.name, u.display_name").query(Directory::user).list();
  }

  /** The users with these ids (those that exist), in no particular order. */
  public List<UserSummary> usersWithIds(java.util.Collection<UserId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(USER_SELECT + " WHERE u.id = ANY(?::uuid[])")
        .param(ids.stream().map(UserId::value).toArray(UUID[]::new))
        .query(Directory::user)
        .list();
  }

  /** Active users who may join a team around a child (not administrators). */
  public List<UserSummary> activePractitioners() {
    return allUsers().stream()
        .filter(UserSummary::active)
        .filter(u -> !u.has(Role.SYSTEM_ADMINISTRATOR))
        .toList();
  }

  /** Active users holding a role, for example every data protection officer. */
  public List<UserSummary> activeUsersWithRole(Role role) {
    return jdbc.sql(
            USER_SELECT
                + " WHERE u.active AND EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id"
                + " AND r.role = ?) ORDER BY u.display_name")
        .param(role.name())
        .query(Directory::user)
        .list();
  }

  public List<AgencySummary> agencies() {
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

  public boolean hasAnyUser() {
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
