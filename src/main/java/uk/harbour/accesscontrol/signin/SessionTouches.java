package uk.harbour.accesscontrol.signin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes sessions' times of last use to the session table in the background, every second, all that
 * are waiting in one statement, so that a request never waits for it ({@link SessionStore}). A time
 * is only ever moved forwards. If Harbour stops, what is waiting is written first; if it dies, at
 * most a second's worth is lost, which the slack a session is given covers.
 */
@Repository
class SessionTouches implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(SessionTouches.class);

  private final ConcurrentHashMap<String, Long> waiting = new ConcurrentHashMap<>();
  private final JdbcClient jdbc;
  private final String table;
  private volatile ScheduledExecutorService writer;

  SessionTouches(
      JdbcClient jdbc, @Value("${spring.session.jdbc.table-name:SPRING_SESSION}") String table) {
    this.jdbc = jdbc;
    if (!table.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
      throw new IllegalArgumentException("Not a table name: " + table);
    }
    this.table = table;
  }

  /** The session with this id was used at {@code when}; written within about a second. */
  void touch(String sessionId, Instant when) {
    waiting.merge(sessionId, when.toEpochMilli(), Math::max);
  }

  /** Writes every time waiting; returns how many sessions it wrote for. */
  int writeWaiting() {
    List<String> ids = new ArrayList<>();
    List<Long> times = new ArrayList<>();
    for (String id : List.copyOf(waiting.keySet())) {
      Long at = waiting.remove(id);
      if (at != null) {
        ids.add(id);
        times.add(at);
      }
    }
    if (ids.isEmpty()) {
      return 0;
    }
    try {
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
    } catch (RuntimeException e) {
      log.warn(
          "Could not record when {} session(s) were last used ({}); trying again",
          ids.size(),
          e.getClass().getSimpleName());
      for (int i = 0; i < ids.size(); i++) {
        touch(ids.get(i), Instant.ofEpochMilli(times.get(i)));
      }
      return 0;
    }
    return ids.size();
  }

  @Override
  public void start() {
    ScheduledExecutorService thread =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "session-last-use");
              t.setDaemon(true);
              return t;
            });
    thread.scheduleWithFixedDelay(this::writeWaiting, 1, 1, TimeUnit.SECONDS);
    writer = thread;
  }

  @Override
  public void stop() {
    ScheduledExecutorService thread = writer;
    writer = null;
    if (thread != null) {
      thread.shutdown();
      try {
        thread.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    writeWaiting();
  }

  @Override
  public boolean isRunning() {
    return writer != null;
  }
}
