package uk.harbour.accesscontrol.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.accesscontrol.Role;
import uk.harbour.shared.AgencyId;
import uk.harbour.shared.UserId;

/** User accounts as administrators see and change them. */
@Repository
class UserRepository {

  /** One line of the users table. */
  record UserRow(
      UserId id,
      String username,
      String displayName,
      String agencyName,
      Set<Role> roles,
      boolean active,
      boolean locked) {}

  /** Everything the user page and edit form show. */
  record UserDetails(
      UserId id,
      String username,
      String displayName,
      String email,
      String jobTitle,
      AgencyId agencyId,
      String agencyName,
      @Nullable UserId managerId,
      @Nullable String managerName,
      Set<Role> roles,
      boolean active,
      boolean enrolled,
      int failedAttempts,
      @Nullable Instant lockedUntil,
      int partlyRightAttempts,
      @Nullable Instant partlyRightLockedUntil,
      boolean mustChangePassword,
      int version) {

    /** Whether either lock holds: the password step's, or every way in after partly right ones. */
    boolean lockedAt(Instant now) {
      return isAfter(lockedUntil, now) || isAfter(partlyRightLockedUntil, now);
    }

    /** Whether there is anything an unlock would clear. */
    public boolean hasFailures() {
      return failedAttempts > 0 || partlyRightAttempts > 0;
    }

    private static boolean isAfter(Instant until, Instant now) {
      return until != null && now.isBefore(until);
    }
  }

  /** The details an administrator may change on the edit form. */
  record Changes(
      String username,
      String displayName,
      String email,
      String jobTitle,
      AgencyId agencyId,
      UserId managerId) {}

  private static final String ROLES =
      "(SELECT string_agg(r.role, ',') FROM user_role r WHERE r.user_id = u.id) AS roles";

  private final JdbcClient jdbc;

  UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<UserRow> list(Instant now) {
    return jdbc.sql(
            "SELECT u.id, u.username, u.display_name, a.name AS agency_name, u.active,"
                + " greatest(u.locked_until, u.partial_locked_until) AS locked_until, "
                + ROLES
                + " FROM app_user u JOIN agency a ON a.id = u.agency_id"
                + " ORDER BY lower(u.display_name), u.username")
        .query(
            (rs, n) ->
                new UserRow(
                    new UserId(rs.getObject("id", UUID.class)),
                    rs.getString("username"),
                    rs.getString("display_name"),
                    rs.getString("agency_name"),
                    roles(rs.getString("roles")),
                    rs.getBoolean("active"),
                    isAfter(rs.getTimestamp("locked_until"), now)))
        .list();
  }

  Optional<UserDetails> find(UserId id) {
    return jdbc.sql(
            "SELECT u.id, u.username, u.display_name, u.email, u.job_title, u.agency_id,"
                + " a.name AS agency_name, u.manager_id, m.display_name AS manager_name, u.active,"
                + " u.totp_secret IS NOT NULL AS enrolled, u.failed_attempts, u.locked_until,"
                + " u.partial_failures, u.partial_locked_until, u.must_change_password,"
                + " u.version, "
                + ROLES
                + " FROM app_user u JOIN agency a ON a.id = u.agency_id"
                + " LEFT JOIN app_user m ON m.id = u.manager_id WHERE u.id = ?")
        .param(id.value())
        .query(UserRepository::details)
        .optional();
  }

  boolean usernameTaken(String username, UserId except) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM app_user WHERE username = ? AND id IS DISTINCT FROM ?)")
        .params(username, except == null ? null : except.value())
        .query(Boolean.class)
        .single();
  }

  /** Saves the changes if nobody else has saved since {@code version}; false if they have. */
  boolean update(UserId id, Changes changes, int version) {
    return jdbc.sql(
                """
                UPDATE app_user
                   SET username = :username, display_name = :displayName, email = :email,
                       job_title = :jobTitle, agency_id = :agencyId, manager_id = :managerId,
                       version = version + 1
                 WHERE id = :id AND version = :version
                """)
            .param("username", changes.username())
            .param("displayName", changes.displayName())
            .param("email", changes.email())
            .param("jobTitle", changes.jobTitle())
            .param("agencyId", changes.agencyId().value())
            .param("managerId", changes.managerId() == null ? null : changes.managerId().value())
            .param("id", id.value())
            .param("version", version)
            .update()
        == 1;
  }

  void setActive(UserId id, boolean active) {
    jdbc.sql("UPDATE app_user SET active = ? WHERE id = ?").params(active, id.value()).update();
  }

  /** Clears both failure counters and their waits and locks. */
  void unlock(UserId id) {
    jdbc.sql(
            """
            UPDATE app_user SET failed_attempts = 0, not_before = NULL, locked_until = NULL,
                                partial_failures = 0, partial_not_before = NULL,
                                partial_locked_until = NULL
             WHERE id = ?
            """)
        .param(id.value())
        .update();
  }

  /** The password was set by an administrator: its owner must change it at their next sign-in. */
  void requirePasswordChange(UserId id) {
    jdbc.sql("UPDATE app_user SET must_change_password = TRUE WHERE id = ?")
        .param(id.value())
        .update();
  }

  /** An administrator's new password for someone, which its owner must change at next sign-in. */
  void setPassword(UserId id, String hash, Instant now) {
    jdbc.sql(
            "UPDATE app_user SET password_hash = ?, password_changed_at = ?,"
                + " must_change_password = TRUE WHERE id = ?")
        .params(hash, Timestamp.from(now), id.value())
        .update();
  }

  /** Only ever after a data protection officer's approval ({@link SignInResets}). */
  void resetSecondFactor(UserId id) {
    jdbc.sql("UPDATE app_user SET totp_secret = NULL, totp_last_step = NULL WHERE id = ?")
        .param(id.value())
        .update();
  }

  /** The next complete sign-in shows who reset the account's sign-in details, and tells people. */
  void showResetAtNextSignIn(UserId id, UUID reset) {
    jdbc.sql("UPDATE app_user SET reset_to_show = ? WHERE id = ?")
        .params(reset, id.value())
        .update();
  }

  private static UserDetails details(ResultSet rs, int row) throws SQLException {
    UUID manager = rs.getObject("manager_id", UUID.class);
    Timestamp lockedUntil = rs.getTimestamp("locked_until");
    Timestamp partlyRightLockedUntil = rs.getTimestamp("partial_locked_until");
    return new UserDetails(
        new UserId(rs.getObject("id", UUID.class)),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("email"),
        rs.getString("job_title"),
        new AgencyId(rs.getObject("agency_id", UUID.class)),
        rs.getString("agency_name"),
        manager == null ? null : new UserId(manager),
        rs.getString("manager_name"),
        roles(rs.getString("roles")),
        rs.getBoolean("active"),
        rs.getBoolean("enrolled"),
        rs.getInt("failed_attempts"),
        lockedUntil == null ? null : lockedUntil.toInstant(),
        rs.getInt("partial_failures"),
        partlyRightLockedUntil == null ? null : partlyRightLockedUntil.toInstant(),
        rs.getBoolean("must_change_password"),
        rs.getInt("version"));
  }

  private static Set<Role> roles(String csv) {
    if (csv == null) {
      return EnumSet.noneOf(Role.class);
    }
    return Arrays.stream(csv.split(","))
        .map(Role::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  private static boolean isAfter(Timestamp t, Instant now) {
    return t != null && now.isBefore(t.toInstant());
  }
}
