package uk.harbour.intake;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code report_rate_limit} counts (one row per hashed client address and window) and the
 * database's salt for those hashes.
 */
@Repository
class ReportRateLimitRepository {

  private final JdbcClient jdbc;

  ReportRateLimitRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Forgets the counts of windows that started before {@code window}. */
  void deleteBefore(Instant window) {
    jdbc.sql("DELETE FROM report_rate_limit WHERE window_start < ?")
        .param(Timestamp.from(window))
        .update();
  }

  /** Counts one more report for this key in this window; the count including it. */
  int countOne(String keyHash, Instant window) {
    return jdbc.sql(
            """
            INSERT INTO report_rate_limit (key_hash, window_start, submissions)
            VALUES (?, ?, 1)
            ON CONFLICT (key_hash, window_start)
            DO UPDATE SET submissions = report_rate_limit.submissions + 1
            RETURNING submissions
            """)
        .params(keyHash, Timestamp.from(window))
        .query(Integer.class)
        .single();
  }

  /** The random salt the database holds for hashing addresses. */
  String salt() {
    return jdbc.sql("SELECT salt FROM report_rate_salt WHERE id = 1").query(String.class).single();
  }
}
