package uk.harbour.platform;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Points Harbour at the embedded PostgreSQL unless {@code spring.datasource.url} names an external
 * one. Flyway migrates as the owner role; Harbour itself connects as the restricted application
 * role, which may not change or delete audit events. Both connect with the passwords generated for
 * them on first start ({@link EmbeddedDatabasePasswords}).
 */
class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    if (StringUtils.hasText(env.getProperty("spring.datasource.url"))
        || !env.getProperty("harbour.embedded-db.enabled", Boolean.class, true)) {
      return;
    }
    Path dataDir = Path.of(env.getProperty("harbour.data-dir", "./data")).resolve("postgres");
    int port = env.getProperty("harbour.embedded-db.port", Integer.class, 54329);
    boolean clean = env.getProperty("harbour.embedded-db.clean", Boolean.class, false);
    if (clean && !EmbeddedDatabase.startedHere(dataDir)) {
      forgetAuditCheckpoints(env);
    }
    boolean durable = env.getProperty("harbour.embedded-db.durable", Boolean.class, true);
    EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(dataDir, port, clean, durable);

    Map<String, Object> props = new HashMap<>();
    props.put("spring.datasource.url", db.jdbcUrl());
    props.put("spring.datasource.username", EmbeddedDatabase.APP_ROLE);
    props.put("spring.datasource.password", db.password(EmbeddedDatabase.APP_ROLE));
    props.put("spring.flyway.url", db.jdbcUrl());
    props.put("spring.flyway.user", EmbeddedDatabase.OWNER_ROLE);
    props.put("spring.flyway.password", db.password(EmbeddedDatabase.OWNER_ROLE));
    props.put("harbour.embedded-db.running-port", db.port());
    env.getPropertySources().addFirst(new MapPropertySource("harbourEmbeddedDatabase", props));
  }

  /**
   * A clean start (the tests' throw-away database) begins a new audit chain, so the checkpoints
   * signed for the one it deletes go with it; otherwise {@code audit verify} would rightly report
   * the old chain's events as missing.
   */
  private static void forgetAuditCheckpoints(ConfigurableEnvironment env) {
    String dataDir = env.getProperty("harbour.data-dir", "./data");
    Path file =
        Path.of(
            env.getProperty(
                "harbour.audit.checkpoint.file",
                Path.of(dataDir).resolve("audit-checkpoints.log").toString()));
    try {
      java.nio.file.Files.deleteIfExists(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Could not delete " + file, e);
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
