package uk.harbour.accesscontrol.signin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Writes sessions' times of last use to the session table in the background, every second, all that
 * are waiting in one statement, so that a request never waits for it ({@link SessionStore}). A time
 * is only ever moved forwards. If Harbour stops, what is waiting is written first; if it dies, at
 * most a second's worth is lost, which the slack a session is given covers.
 */
@Component
class SessionTouches implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(SessionTouches.class);

  private final ConcurrentHashMap<String, Long> waiting = new ConcurrentHashMap<>();
  private final SessionTouchRepository repository;
  private volatile @Nullable ScheduledExecutorService writer;

  SessionTouches(SessionTouchRepository repository) {
    this.repository = repository;
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
      repository.writeLastUse(ids, times);
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
