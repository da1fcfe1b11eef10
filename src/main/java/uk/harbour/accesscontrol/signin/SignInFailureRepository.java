package uk.harbour.accesscontrol.signin;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.UserId;

/**
 * Each account's recent failed and refused sign-in attempts, with where they came from, so that an
 * administrator can see the source of failures. An account keeps its newest {@value #KEEP} rows of
 * the last 30 days; older ones go as new ones are added.
 */
@Repository
class SignInFailureRepository {

  static final int KEEP = 200;
  static final Duration KEEP_FOR = Duration.ofDays(30);

  private final JdbcClient jdbc;

  SignInFailureRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(UserId user, Instant at, String address, FailureKind kind) {
    jdbc.sql("INSERT INTO sign_in_failure (user_id, at, address, kind) VALUES (?, ?, ?, ?)")
        .params(user.value(), Timestamp.from(at), address, kind.name())
        .update();
    jdbc.sql(
            """
            DELETE FROM sign_in_failure
             WHERE user_id = :user
               AND (at < :oldest
                    OR id <= (SELECT id FROM sign_in_failure WHERE user_id = :user
                               ORDER BY id DESC OFFSET :keep LIMIT 1))
            """)
        .param("user", user.value())
        .param("oldest", Timestamp.from(at.minus(KEEP_FOR)))
        .param("keep", KEEP)
        .update();
  }

  /** The newest attempts first. */
  List<SignInFailures.Attempt> recent(UserId user, int limit) {
    return jdbc.sql(
            "SELECT at, address, kind FROM sign_in_failure WHERE user_id = ?"
                + " ORDER BY id DESC LIMIT ?")
        .params(user.value(), limit)
        .query(
            (rs, n) ->
                new SignInFailures.Attempt(
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("address"),
                    FailureKind.valueOf(rs.getString("kind"))))
        .list();
  }

  /** Every attempt since {@code since}, counted by address, the busiest first. */
  List<SignInFailures.Source> sources(UserId user, Instant since, int limit) {
    return jdbc.sql(
            """
            SELECT address, count(*) AS attempts, max(at) AS latest FROM sign_in_failure
             WHERE user_id = ? AND at >= ?
             GROUP BY address ORDER BY count(*) DESC, max(at) DESC LIMIT ?
            """)
        .params(user.value(), Timestamp.from(since), limit)
        .query(
            (rs, n) ->
                new SignInFailures.Source(
                    rs.getString("address"),
                    rs.getInt("attempts"),
                    rs.getTimestamp("latest").toInstant(),
                    false))
        .list();
  }
}
