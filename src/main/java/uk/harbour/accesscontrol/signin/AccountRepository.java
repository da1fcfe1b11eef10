package uk.harbour.accesscontrol.signin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.UserId;

/**
 * The sign-in columns of {@code app_user}. Reads for sign-in lock the row, so parallel attempts on
 * one account are counted one after another and cannot slip past a delay together.
 */
@Repository
class AccountRepository {

  private static final String SELECT =
      """
      SELECT id, username, password_hash, totp_secret, totp_last_step, failed_attempts,
             not_before, locked_until, partial_failures, partial_not_before, partial_locked_until,
             active, must_change_password
        FROM app_user
      """;

  private final JdbcClient jdbc;

  AccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Account> lockByUsername(String username) {
    return jdbc.sql(SELECT + " WHERE username = ? FOR UPDATE")
        .param(username)
        .query(AccountRepository::account)
        .optional();
  }

  Optional<Account> lock(UserId id) {
    return jdbc.sql(SELECT + " WHERE id = ? FOR UPDATE")
        .param(id.value())
        .query(AccountRepository::account)
        .optional();
  }

  Optional<Account> find(UserId id) {
    return jdbc.sql(SELECT + " WHERE id = ?")
        .param(id.value())
        .query(AccountRepository::account)
        .optional();
  }

  /** Another wrong password in a row, and what it costs. */
  void recordFailure(UserId id, int failures, Lockout lockout) {
    jdbc.sql(
            "UPDATE app_user SET failed_attempts = ?, not_before = ?, locked_until = ? WHERE id ="
                + " ?")
        .params(failures, ts(lockout.notBefore()), ts(lockout.lockedUntil()), id.value())
        .update();
  }

  /** Another partly right attempt in a row (one factor right, the other wrong). */
  void recordPartialFailure(UserId id, int failures, Lockout lockout) {
    jdbc.sql(
            "UPDATE app_user SET partial_failures = ?, partial_not_before = ?,"
                + " partial_locked_until = ? WHERE id = ?")
        .params(failures, ts(lockout.notBefore()), ts(lockout.lockedUntil()), id.value())
        .update();
  }

  /** A complete sign-in: the counters start again and the code's step may not be used again. */
  void recordSuccess(UserId id, long totpStep) {
    jdbc.sql(
            """
            UPDATE app_user SET failed_attempts = 0, not_before = NULL, locked_until = NULL,
                                partial_failures = 0, partial_not_before = NULL,
                                partial_locked_until = NULL, totp_last_step = ?
             WHERE id = ?
            """)
        .params(totpStep, id.value())
        .update();
  }

  /** Saves a confirmed second-factor secret, unless the account already has one. */
  boolean enrol(UserId id, String secret, long totpStep) {
    return jdbc.sql(
                """
                UPDATE app_user SET totp_secret = ?, totp_last_step = ?, failed_attempts = 0,
                                    not_before = NULL, locked_until = NULL, partial_failures = 0,
                                    partial_not_before = NULL, partial_locked_until = NULL
                 WHERE id = ? AND totp_secret IS NULL
                """)
            .params(secret, totpStep, id.value())
            .update()
        == 1;
  }

  /** The owner's own new password: any requirement to change it is met. */
  void changePassword(UserId id, String hash, Instant now) {
    jdbc.sql(
            "UPDATE app_user SET password_hash = ?, password_changed_at = ?,"
                + " must_change_password = FALSE WHERE id = ?")
        .params(hash, ts(now), id.value())
        .update();
  }

  /**
   * The approved reset to show at this sign-in, if one waits to be shown; it is shown once, so it
   * is cleared in the same statement.
   */
  Optional<UUID> takeResetToShow(UserId id) {
    return jdbc.sql(
            """
            UPDATE app_user u SET reset_to_show = NULL
              FROM (SELECT id, reset_to_show FROM app_user WHERE id = ? FOR UPDATE) before
             WHERE u.id = before.id AND before.reset_to_show IS NOT NULL
            RETURNING before.reset_to_show
            """)
        .param(id.value())
        .query(UUID.class)
        .optional();
  }

  /** Whether the user must replace a password an administrator set before using Harbour. */
  boolean mustChangePassword(UserId id) {
    return jdbc.sql("SELECT must_change_password FROM app_user WHERE id = ?")
        .param(id.value())
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  private static Account account(ResultSet rs, int row) throws SQLException {
    long lastStep = rs.getLong("totp_last_step");
    Long totpLastStep = rs.wasNull() ? null : lastStep;
    return new Account(
        new UserId(rs.getObject("id", UUID.class)),
        rs.getString("username"),
        rs.getString("password_hash"),
        rs.getString("totp_secret"),
        totpLastStep,
        rs.getInt("failed_attempts"),
        new Lockout(
            instant(rs.getTimestamp("not_before")), instant(rs.getTimestamp("locked_until"))),
        rs.getInt("partial_failures"),
        new Lockout(
            instant(rs.getTimestamp("partial_not_before")),
            instant(rs.getTimestamp("partial_locked_until"))),
        rs.getBoolean("active"),
        rs.getBoolean("must_change_password"));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }
}
