package uk.harbour.accesscontrol.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.UserId;

/** Requests to reset sign-in details, and their decisions. */
@Repository
class SignInResetRepository {

  private static final String SELECT =
      """
      SELECT r.id, r.user_id, u.username, u.display_name, a.name AS agency_name, u.manager_id,
             m.display_name AS manager_name, r.second_factor, r.password, r.reason,
             r.requested_by, q.display_name AS requested_by_name, q.username AS requested_by_username,
             r.requested_at, r.status, r.decided_by, d.display_name AS decided_by_name,
             d.username AS decided_by_username, r.decided_at, r.decision_note,
             r.first_sign_in_at, r.version, u.totp_secret IS NOT NULL AS enrolled_now,
             u.must_change_password AS password_set_by_administrator_now
        FROM sign_in_reset r
        JOIN app_user u ON u.id = r.user_id
        JOIN agency a ON a.id = u.agency_id
        JOIN app_user q ON q.id = r.requested_by
        LEFT JOIN app_user m ON m.id = u.manager_id
        LEFT JOIN app_user d ON d.id = r.decided_by
      """;

  private final JdbcClient jdbc;

  SignInResetRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds a request; false if the account already has one waiting. */
  boolean insert(
      UUID id,
      UserId user,
      boolean secondFactor,
      String passwordHash,
      String reason,
      UserId requestedBy,
      Instant at) {
    return jdbc.sql(
                """
                INSERT INTO sign_in_reset (id, user_id, second_factor, password, password_hash,
                                           reason, requested_by, requested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (user_id) WHERE status = 'AWAITING' DO NOTHING
                """)
            .params(
                id,
                user.value(),
                secondFactor,
                passwordHash != null,
                passwordHash,
                reason,
                requestedBy.value(),
                Timestamp.from(at))
            .update()
        == 1;
  }

  Optional<SignInReset> find(UUID id) {
    return jdbc.sql(SELECT + " WHERE r.id = ?")
        .param(id)
        .query(SignInResetRepository::reset)
        .optional();
  }

  /** Locks a waiting request for deciding; empty if it is not waiting or not at this version. */
  Optional<String> lockAwaiting(UUID id, int version) {
    return jdbc.sql(
            "SELECT coalesce(password_hash, '') FROM sign_in_reset WHERE id = ?"
                + " AND status = 'AWAITING' AND version = ? FOR UPDATE")
        .params(id, version)
        .query(String.class)
        .optional();
  }

  void decide(UUID id, SignInReset.Status status, UserId by, Instant at, String note) {
    jdbc.sql(
            """
            UPDATE sign_in_reset
               SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?,
                   password_hash = NULL, version = version + 1
             WHERE id = ?
            """)
        .params(status.name(), by.value(), Timestamp.from(at), note, id)
        .update();
  }

  void firstSignIn(UUID id, Instant at) {
    jdbc.sql(
            "UPDATE sign_in_reset SET first_sign_in_at = ? WHERE id = ? AND first_sign_in_at IS"
                + " NULL")
        .params(Timestamp.from(at), id)
        .update();
  }

  Optional<SignInReset> awaitingFor(UserId user) {
    return jdbc.sql(SELECT + " WHERE r.user_id = ? AND r.status = 'AWAITING'")
        .param(user.value())
        .query(SignInResetRepository::reset)
        .optional();
  }

  Optional<SignInReset> lastApproved(UserId user) {
    return jdbc.sql(
            SELECT
                + " WHERE r.user_id = ? AND r.status = 'APPROVED'"
                + " ORDER BY r.decided_at DESC LIMIT 1")
        .param(user.value())
        .query(SignInResetRepository::reset)
        .optional();
  }

  /** Every waiting request, oldest first. */
  List<SignInReset> awaiting() {
    return jdbc.sql(SELECT + " WHERE r.status = 'AWAITING' ORDER BY r.requested_at")
        .query(SignInResetRepository::reset)
        .list();
  }

  /** The latest decisions, newest first. */
  List<SignInReset> decided(int limit) {
    return jdbc.sql(SELECT + " WHERE r.status <> 'AWAITING' ORDER BY r.decided_at DESC LIMIT ?")
        .param(limit)
        .query(SignInResetRepository::reset)
        .list();
  }

  private static SignInReset reset(ResultSet rs, int row) throws SQLException {
    return new SignInReset(
        rs.getObject("id", UUID.class),
        userId(rs, "user_id"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("agency_name"),
        userId(rs, "manager_id"),
        rs.getString("manager_name"),
        rs.getBoolean("second_factor"),
        rs.getBoolean("password"),
        rs.getString("reason"),
        userId(rs, "requested_by"),
        person(rs.getString("requested_by_name"), rs.getString("requested_by_username")),
        instant(rs, "requested_at"),
        SignInReset.Status.valueOf(rs.getString("status")),
        userId(rs, "decided_by"),
        person(rs.getString("decided_by_name"), rs.getString("decided_by_username")),
        instant(rs, "decided_at"),
        rs.getString("decision_note"),
        instant(rs, "first_sign_in_at"),
        rs.getInt("version"),
        rs.getBoolean("enrolled_now"),
        rs.getBoolean("password_set_by_administrator_now"));
  }

  /** "Morgan Hughes (admin.hughes)": the name people know, and the username the audit shows. */
  static @Nullable String person(String displayName, @Nullable String username) {
    return username == null ? null : displayName + " (" + username + ")";
  }

  private static @Nullable UserId userId(ResultSet rs, String column) throws SQLException {
    UUID id = rs.getObject(column, UUID.class);
    return id == null ? null : new UserId(id);
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
