package uk.harbour.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * The record of form tokens sent ({@code form_submission}): which token's handler is running or has
 * run, for what content (a SHA-256 of the parameters, its fingerprint), and where its answer sent
 * the user. Each statement commits on its own, so other requests see it at once. Rows go a day
 * after the form was sent; a token sent again after that runs again, as a form without a token
 * does.
 */
@Repository
class SubmittedFormRepository {

  /** How long a token is remembered. */
  static final Duration KEPT_FOR = Duration.ofHours(24);

  /**
   * A handler still "running" after this long was cut off (the server stopped mid-request): its
   * token may be taken over.
   */
  static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

  /** A token's record: where and what was sent and, once finished, where that led. */
  record Submission(String path, String fingerprint, boolean finished, String location) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  SubmittedFormRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Records that this token's handler starts now, for this content; false if another request holds
   * the token (or held it and finished). A record abandoned mid-request is taken over.
   */
  boolean claim(String token, String path, String fingerprint) {
    Instant now = clock.instant();
    int inserted =
        jdbc.sql(
                """
                INSERT INTO form_submission (token, path, fingerprint, started_at)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (token) DO NOTHING
                """)
            .params(token, path, fingerprint, Timestamp.from(now))
            .update();
    if (inserted == 1) {
      return true;
    }
    return jdbc.sql(
                """
                UPDATE form_submission SET started_at = ?, fingerprint = ?
                 WHERE token = ? AND path = ? AND finished_at IS NULL AND started_at < ?
                """)
            .params(
                Timestamp.from(now),
                fingerprint,
                token,
                path,
                Timestamp.from(now.minus(ABANDONED_AFTER)))
            .update()
        == 1;
  }

  /**
   * The form was sent again, finished, with other content (corrected after the first answer):
   * records that this content's handler starts now; false if another request did so first.
   */
  boolean claimAgain(String token, String path, String fingerprint) {
    return jdbc.sql(
                """
                UPDATE form_submission
                   SET started_at = ?, fingerprint = ?, finished_at = NULL, location = NULL
                 WHERE token = ? AND path = ? AND finished_at IS NOT NULL AND fingerprint <> ?
                """)
            .params(Timestamp.from(clock.instant()), fingerprint, token, path, fingerprint)
            .update()
        == 1;
  }

  Optional<Submission> find(String token) {
    return jdbc.sql(
            "SELECT path, fingerprint, finished_at, location FROM form_submission WHERE token = ?")
        .param(token)
        .query(
            (rs, n) ->
                new Submission(
                    rs.getString("path"),
                    rs.getString("fingerprint"),
                    rs.getTimestamp("finished_at") != null,
                    rs.getString("location")))
        .optional();
  }

  /** The handler sent the user on to {@code location}: a repeat goes there too. */
  void finish(String token, String location) {
    jdbc.sql("UPDATE form_submission SET finished_at = ?, location = ? WHERE token = ?")
        .params(Timestamp.from(clock.instant()), location, token)
        .update();
  }

  /** The handler saved nothing (errors shown, or it failed): the form may be sent again. */
  void release(String token) {
    jdbc.sql("DELETE FROM form_submission WHERE token = ? AND finished_at IS NULL")
        .param(token)
        .update();
  }

  /** Forgets tokens sent more than {@link #KEPT_FOR} ago; runs every hour. */
  @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS)
  int forgetOld() {
    return jdbc.sql("DELETE FROM form_submission WHERE started_at < ?")
        .param(Timestamp.from(clock.instant().minus(KEPT_FOR)))
        .update();
  }
}
