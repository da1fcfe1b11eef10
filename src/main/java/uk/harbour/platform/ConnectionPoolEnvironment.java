package uk.harbour.platform;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Moves the connection pool's check that an idle connection is still alive off the request's path.
 * HikariCP asks PostgreSQL "are you there?" (a round trip) before lending a connection that has
 * been idle for more than half a second, which on a quiet server is most page views. Harbour
 * instead has the pool check idle connections in the background (every {@code
 * harbour.db.keepalive}, {@code HARBOUR_DB_KEEPALIVE}, 30 s) and lends a connection unchecked if it
 * was used within {@code harbour.db.alive-check-after} ({@code HARBOUR_DB_ALIVE_CHECK_AFTER}, 30
 * s). A connection that died within that time (PostgreSQL restarted) fails one request and is
 * replaced. HikariCP reads this setting once, as a system property, so a value already given on the
 * command line wins.
 */
class ConnectionPoolEnvironment implements EnvironmentPostProcessor {

  static final String PROPERTY = "harbour.db.alive-check-after";
  static final String KEEPALIVE = "harbour.db.keepalive";
  static final String HIKARI_SYSTEM_PROPERTY = "com.zaxxer.hikari.aliveBypassWindowMs";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    Duration keepalive = DurationStyle.detectAndParse(env.getProperty(KEEPALIVE, "30s"));
    env.getPropertySources()
        .addLast(
            new MapPropertySource(
                "harbourConnectionPool",
                Map.of("spring.datasource.hikari.keepalive-time", keepalive.toMillis())));
    if (System.getProperty(HIKARI_SYSTEM_PROPERTY) == null) {
      Duration after = DurationStyle.detectAndParse(env.getProperty(PROPERTY, "30s"));
      System.setProperty(HIKARI_SYSTEM_PROPERTY, Long.toString(after.toMillis()));
    }
  }
}
