package uk.harbour.platform;

import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks at start, after the migrations, that the role Harbour runs as cannot change the audit
 * trail: it is not a superuser, does not own {@code audit_event}, is not a member of its owner, has
 * no INSERT (it appends only through {@code append_audit_event}, which chooses the seq), UPDATE,
 * DELETE or TRUNCATE on it, and may not write {@code audit_checkpoint} itself. In the {@code prod}
 * profile and on the embedded database an unsafe role stops Harbour with one log line; on an
 * external database outside {@code prod} it is one warning, so a developer's own PostgreSQL still
 * works.
 */
@Component
class DatabaseRoleCheck implements SmartInitializingSingleton {

  static final String README = "see README.md, \"Using an external PostgreSQL\"";

  private static final Logger log = LoggerFactory.getLogger(DatabaseRoleCheck.class);

  private final DatabaseRoleRepository roles;
  private final Environment environment;

  DatabaseRoleCheck(DataSource dataSource, Environment environment) {
    this.roles = new DatabaseRoleRepository(JdbcClient.create(dataSource));
    this.environment = environment;
  }

  @Override
  public void afterSingletonsInstantiated() {
    Verdict verdict = roles.verdict();
    if (verdict.safe()) {
      return;
    }
    boolean prod = environment.acceptsProfiles(Profiles.of("prod"));
    boolean embedded = environment.containsProperty("harbour.embedded-db.running-port");
    if (prod || embedded) {
      throw new UnsafeDatabaseRoleException(verdict.sentence(prod ? "prod" : "embedded"));
    }
    log.warn(verdict.sentence(null));
  }

  /** What is wrong with the role this connection runs as, if anything. */
  static Verdict check(JdbcClient jdbc) {
    return new DatabaseRoleRepository(jdbc).verdict();
  }

  /** The role checked and what is wrong with it (nothing, when it is safe). */
  record Verdict(String role, List<String> problems) {

    boolean safe() {
      return problems.isEmpty();
    }

    /** One line: what is wrong, why it matters and where to read how to fix it. */
    String sentence(@Nullable String refusingBecause) {
      String start =
          refusingBecause == null
              ? "Warning: the database role "
              : "Harbour will not start (" + refusingBecause + "): the database role ";
      return start
          + role
          + " "
          + String.join("; ", problems)
          + ", so the audit trail is not append-only. Run Harbour as a restricted role"
          + " (SPRING_DATASOURCE_USERNAME) and migrate as the owner (SPRING_FLYWAY_USER): "
          + README
          + ".";
    }
  }
}
