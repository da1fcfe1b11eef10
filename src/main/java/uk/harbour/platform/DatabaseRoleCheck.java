package uk.harbour.platform;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
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

  private final JdbcClient jdbc;
  private final Environment environment;

  DatabaseRoleCheck(DataSource dataSource, Environment environment) {
    this.jdbc = JdbcClient.create(dataSource);
    this.environment = environment;
  }

  @Override
  public void afterSingletonsInstantiated() {
    Verdict verdict = check(jdbc);
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
    return jdbc.sql(
            """
            SELECT r.rolname, r.rolsuper, pg_get_userbyid(c.relowner) AS owner,
                   c.relowner = r.oid AS owns,
                   c.relowner <> r.oid AND pg_has_role(r.oid, c.relowner, 'MEMBER') AS member,
                   has_table_privilege(r.oid, c.oid, 'INSERT') AS may_insert,
                   has_table_privilege(r.oid, c.oid, 'UPDATE') AS may_update,
                   has_table_privilege(r.oid, c.oid, 'DELETE') AS may_delete,
                   has_table_privilege(r.oid, c.oid, 'TRUNCATE') AS may_truncate,
                   has_table_privilege(r.oid, k.oid, 'INSERT') AS checkpoint_insert,
                   has_table_privilege(r.oid, k.oid, 'UPDATE') AS checkpoint_update,
                   has_table_privilege(r.oid, k.oid, 'DELETE') AS checkpoint_delete,
                   has_table_privilege(r.oid, k.oid, 'TRUNCATE') AS checkpoint_truncate
              FROM pg_roles r, pg_class c, pg_class k
             WHERE r.rolname = current_user AND c.oid = 'audit_event'::regclass
               AND k.oid = 'audit_checkpoint'::regclass
            """)
        .query(
            (rs, n) -> {
              List<String> problems = new ArrayList<>();
              if (rs.getBoolean("rolsuper")) {
                problems.add("is a superuser");
              }
              if (rs.getBoolean("owns")) {
                problems.add("owns audit_event");
              }
              if (rs.getBoolean("member")) {
                problems.add("is a member of audit_event's owner " + rs.getString("owner"));
              }
              List<String> privileges = new ArrayList<>();
              List<String> onCheckpoints = new ArrayList<>();
              for (String privilege : List.of("insert", "update", "delete", "truncate")) {
                if (rs.getBoolean("may_" + privilege)) {
                  privileges.add(privilege.toUpperCase(java.util.Locale.ROOT));
                }
                if (rs.getBoolean("checkpoint_" + privilege)) {
                  onCheckpoints.add(privilege.toUpperCase(java.util.Locale.ROOT));
                }
              }
              if (!privileges.isEmpty()) {
                problems.add("may " + String.join(", ", privileges) + " audit_event");
              }
              if (!onCheckpoints.isEmpty()) {
                problems.add("may " + String.join(", ", onCheckpoints) + " audit_checkpoint");
              }
              return new Verdict(rs.getString("rolname"), problems);
            })
        .single();
  }

  /** The role checked and what is wrong with it (nothing, when it is safe). */
  record Verdict(String role, List<String> problems) {

    boolean safe() {
      return problems.isEmpty();
    }

    /** One line: what is wrong, why it matters and where to read how to fix it. */
    String sentence(String refusingBecause) {
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
