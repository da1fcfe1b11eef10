package uk.harbour.contexts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.contexts.Kinds.ContextKind;
import uk.harbour.contexts.Kinds.Influence;
import uk.harbour.contexts.Kinds.Reliability;
import uk.harbour.contexts.Records.Link;
import uk.harbour.contexts.Records.PeerEntry;
import uk.harbour.shared.ChildId;

/**
 * Children's links to contexts and their peer maps. A child's rows are read for their case (the
 * caller has passed the case's access check), or, from a context's page, only the linked children
 * the viewer may see, by the access policy's clause inside the query.
 */
@Repository
class CaseContextRepository {

  private static final String LINKS =
      """
      SELECT l.*, x.name AS context_name, x.kind AS context_kind
        FROM context_link l JOIN context x ON x.id = l.context_id
      """;

  private final JdbcClient jdbc;

  CaseContextRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Links the child, unless already linked to that context; false if they were. */
  boolean link(
      UUID id,
      ContextId context,
      ChildId child,
      UUID caseId,
      String basis,
      Reliability reliability,
      Instant now,
      String by) {
    return jdbc.sql(
                """
                INSERT INTO context_link (id, context_id, child_id, case_id, basis, reliability,
                       created_at, created_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (context_id, child_id) DO NOTHING
                """)
            .params(
                id,
                context.value(),
                child.value(),
                caseId,
                basis,
                reliability.name(),
                Timestamp.from(now),
                by)
            .update()
        == 1;
  }

  List<Link> linksOf(ChildId child) {
    return jdbc.sql(LINKS + " WHERE l.child_id = ? ORDER BY lower(x.name), l.id")
        .param(child.value())
        .query(CaseContextRepository::link)
        .list();
  }

  /**
   * The children linked to the context that the viewer may see ({@code visibleClause}, the access
   * policy's clause on {@code l.child_id}, with its viewer parameter).
   */
  List<ChildId> visibleChildren(ContextId context, String visibleClause, UUID viewer) {
    return jdbc.sql(
            "SELECT l.child_id FROM context_link l WHERE l.context_id = :context AND "
                + visibleClause
                + " ORDER BY l.created_at, l.id")
        .params(Map.of("context", context.value(), "viewer", viewer))
        .query((rs, n) -> new ChildId(rs.getObject("child_id", UUID.class)))
        .list();
  }

  void addPeer(
      UUID id,
      ChildId child,
      UUID caseId,
      String initials,
      Influence influence,
      Reliability reliability,
      String safetyAction,
      Instant now,
      String by) {
    jdbc.sql(
            """
            INSERT INTO peer_map_entry (id, child_id, case_id, initials, influence, reliability,
                   safety_action, created_at, created_by_name)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            child.value(),
            caseId,
            initials,
            influence.name(),
            reliability.name(),
            safetyAction,
            Timestamp.from(now),
            by)
        .update();
  }

  /** Removes the entry if it is on this child's map; false if it is not. */
  boolean removePeer(UUID id, ChildId child) {
    return jdbc.sql("DELETE FROM peer_map_entry WHERE id = ? AND child_id = ?")
            .params(id, child.value())
            .update()
        == 1;
  }

  List<PeerEntry> peersOf(ChildId child) {
    return jdbc.sql("SELECT * FROM peer_map_entry WHERE child_id = ? ORDER BY initials, id")
        .param(child.value())
        .query(
            (rs, n) ->
                new PeerEntry(
                    rs.getObject("id", UUID.class),
                    rs.getString("initials"),
                    Influence.valueOf(rs.getString("influence")),
                    Reliability.valueOf(rs.getString("reliability")),
                    rs.getString("safety_action"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getString("created_by_name")))
        .list();
  }

  private static Link link(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Link(
        rs.getObject("id", UUID.class),
        new ContextId(rs.getObject("context_id", UUID.class)),
        rs.getString("context_name"),
        ContextKind.valueOf(rs.getString("context_kind")),
        new ChildId(rs.getObject("child_id", UUID.class)),
        rs.getString("basis"),
        Reliability.valueOf(rs.getString("reliability")),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by_name"));
  }
}
