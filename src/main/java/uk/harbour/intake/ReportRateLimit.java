package uk.harbour.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many public reports each client address has sent in the current window, counted in PostgreSQL
 * so that every Harbour instance shares the count. The address itself is never stored: only a
 * SHA-256 of it with a random salt the database holds, and rows go once their window ends.
 */
@Component
class ReportRateLimit {

  private final JdbcClient jdbc;
  private final ReportProperties properties;
  private final Clock clock;
  private volatile String salt;

  ReportRateLimit(JdbcClient jdbc, ReportProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Counts one report from this address and says whether it is within the limit. Atomic across
   * instances: two reports at the same moment are both counted.
   */
  @Transactional
  boolean allow(String clientAddress) {
    Instant window = windowStart(clock.instant());
    jdbc.sql("DELETE FROM report_rate_limit WHERE window_start < ?")
        .param(Timestamp.from(window))
        .update();
    int count =
        jdbc.sql(
                """
                INSERT INTO report_rate_limit (key_hash, window_start, submissions)
                VALUES (?, ?, 1)
                ON CONFLICT (key_hash, window_start)
                DO UPDATE SET submissions = report_rate_limit.submissions + 1
                RETURNING submissions
                """)
            .params(hash(clientAddress), Timestamp.from(window))
            .query(Integer.class)
            .single();
    return count <= properties.maxPerAddress();
  }

  private Instant windowStart(Instant now) {
    long size = Math.max(1, properties.window().toMillis());
    return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
  }

  String hash(String clientAddress) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(String.valueOf(clientAddress).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String salt() {
    String s = salt;
    if (s == null) {
      s = jdbc.sql("SELECT salt FROM report_rate_salt WHERE id = 1").query(String.class).single();
      salt = s;
    }
    return s;
  }
}
