package uk.harbour.accesscontrol.signin;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes sessions' times of last use to the session table ({@link SessionTouches} decides when): a
 * time is only ever moved forwards, and the expiry follows it.
 */
@Repository
class SessionTouchRepository {

  private final JdbcClient jdbc;
  private final String table;

  SessionTouchRepository(
      JdbcClient jdbc, @Value("${spring.session.jdbc.table-name:SPRING_SESSION}") String table) {
    this.jdbc = jdbc;
    if (!table.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
      throw new IllegalArgumentException("Not a table name: " + table);
    }
    this.table = table;
  }

  /** Sets each session's time of last use (epoch milliseconds), in one statement. */
  void writeLastUse(List<String> ids, List<Long> times) {
    jdbc.sql(
            "UPDATE "
                + table
                + """
                 s SET LAST_ACCESS_TIME = t.at,
                       EXPIRY_TIME = t.at + s.MAX_INACTIVE_INTERVAL * 1000::bigint
                  FROM unnest(?::varchar[], ?::bigint[]) AS t(id, at)
                 WHERE s.SESSION_ID = t.id AND s.LAST_ACCESS_TIME < t.at
                """)
        .params(ids.toArray(String[]::new), times.toArray(Long[]::new))
        .update();
  }
}
