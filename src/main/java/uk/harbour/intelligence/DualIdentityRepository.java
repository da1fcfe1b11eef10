package uk.harbour.intelligence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.shared.ChildId;

/** Which register entries are also children known to Harbour, and every decision about it. */
@Repository
class DualIdentityRepository {

  private final JdbcClient jdbc;

  DualIdentityRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The child a person entry is recorded as, if any. */
  Optional<ChildId> childOf(UUID entity) {
    return jdbc.sql("SELECT child_id FROM intel_entity WHERE id = ? AND child_id IS NOT NULL")
        .param(entity)
        .query((rs, n) -> new ChildId(rs.getObject(1, UUID.class)))
        .optional();
  }

  /** Records the entry as this child, or as no child; false if the entry is not a person. */
  boolean set(UUID entity, @Nullable ChildId child) {
    return jdbc.sql(
                "UPDATE intel_entity SET child_id = ?, version = version + 1"
                    + " WHERE id = ? AND kind = 'PERSON'")
            .params(child == null ? null : child.value(), entity)
            .update()
        == 1;
  }

  void decided(
      UUID entity, ChildId child, String decision, String reasons, HarbourUser by, Instant now) {
    jdbc.sql(
            """
            INSERT INTO intel_dual_identity (id, entity_id, child_id, decision, reasons,
              decided_by, decided_by_name, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            UUID.randomUUID(),
            entity,
            child.value(),
            decision,
            reasons,
            by.id().value(),
            by.displayName(),
            Timestamp.from(now))
        .update();
  }

  /** Every decision about an entry, oldest first. */
  List<Decision> history(UUID entity) {
    return jdbc.sql(
            "SELECT decision, reasons, decided_by_name, decided_at FROM intel_dual_identity"
                + " WHERE entity_id = ? ORDER BY decided_at, id")
        .param(entity)
        .query(
            (rs, n) ->
                new Decision(
                    rs.getString("decision"),
                    rs.getString("reasons"),
                    rs.getString("decided_by_name"),
                    rs.getTimestamp("decided_at").toInstant()))
        .list();
  }

  /** Whether any person entry is recorded as this child. */
  boolean isPersonOfConcern(ChildId child) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM intel_entity WHERE child_id = ?)")
        .param(child.value())
        .query(Boolean.class)
        .single();
  }

  /** One decision to record an entry as a child, or to remove that. */
  record Decision(String decision, String reasons, String decidedBy, Instant decidedAt) {}
}
