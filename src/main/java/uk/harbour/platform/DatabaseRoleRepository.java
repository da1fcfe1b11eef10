package uk.harbour.platform;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads what the role Harbour connects as may do to the audit tables: whether it is a superuser,
 * owns them or is a member of their owner, and which privileges it holds on them. Not a bean: the
 * startup check makes one on its data source, before anything else uses the database.
 */
class DatabaseRoleRepository {

  private final JdbcClient jdbc;

  DatabaseRoleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What is wrong with the role this connection runs as, if anything. */
  DatabaseRoleCheck.Verdict verdict() {
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
              return new DatabaseRoleCheck.Verdict(rs.getString("rolname"), problems);
            })
        .single();
  }
}
