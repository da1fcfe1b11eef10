package uk.harbour.intelligence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.ChildId;

/** The register entries and their links to children. */
@Repository
class EntityRepository {

  private final JdbcClient jdbc;

  EntityRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<EntitySummary> summary(EntityId id) {
    return jdbc.sql("SELECT id, kind, label FROM intel_entity WHERE id = ?")
        .param(id.value())
        .query(
            (rs, n) ->
                new EntitySummary(
                    new EntityId(rs.getObject("id", UUID.class)),
                    EntityKind.valueOf(rs.getString("kind")),
                    rs.getString("label")))
        .optional();
  }

  java.util.Map<EntityId, String> labels(java.util.Collection<EntityId> ids) {
    java.util.Map<EntityId, String> labels = new java.util.LinkedHashMap<>();
    if (ids.isEmpty()) {
      return labels;
    }
    jdbc.sql("SELECT id, label FROM intel_entity WHERE id IN (:ids)")
        .param("ids", ids.stream().map(EntityId::value).distinct().toList())
        .query(
            rs -> {
              labels.put(new EntityId(rs.getObject("id", UUID.class)), rs.getString("label"));
            });
    return labels;
  }

  List<EntitySummary> search(EntityKind kind, String text, int limit) {
    String like =
        "%" + text.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
    return jdbc.sql(
            "SELECT id, kind, label FROM intel_entity WHERE kind = ? AND lower(label) LIKE ?"
                + " ORDER BY label, id LIMIT ?")
        .params(kind.name(), like, limit)
        .query(
            (rs, n) ->
                new EntitySummary(
                    new EntityId(rs.getObject("id", UUID.class)),
                    EntityKind.valueOf(rs.getString("kind")),
                    rs.getString("label")))
        .list();
  }

  List<ChildId> linkedChildren(EntityId id) {
    return jdbc.sql(
            """
            SELECT DISTINCT child_id FROM (
              SELECT to_id AS child_id FROM intel_link WHERE from_id = ? AND to_kind = 'CHILD'
              UNION
              SELECT from_id FROM intel_link WHERE to_id = ? AND from_kind = 'CHILD') linked
             ORDER BY child_id
            """)
        .params(id.value(), id.value())
        .query((rs, n) -> new ChildId(rs.getObject(1, UUID.class)))
        .list();
  }
}
