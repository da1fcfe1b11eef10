package uk.harbour.intelligence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.ChildId;

/** Links between register entries and children, and the two-step network read over them. */
@Repository
class LinkRepository {

  /** A link's end: an entity kind's name, or {@value}. */
  static final String CHILD = "CHILD";

  private final JdbcClient jdbc;

  LinkRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds the link from this submission, once however often it is asked. */
  void link(String fromKind, UUID from, String toKind, UUID to, UUID submission, Instant now) {
    jdbc.sql(
            """
            INSERT INTO intel_link (id, from_kind, from_id, to_kind, to_id, submission_id,
              created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
            """)
        .params(UUID.randomUUID(), fromKind, from, toKind, to, submission, Timestamp.from(now))
        .update();
  }

  /**
   * Moves the links one submission made from one entry to another (a mention separated from an
   * entry, or joined to one): the submission's words now name the other entry.
   */
  void move(UUID submission, UUID from, UUID to) {
    jdbc.sql("UPDATE intel_link SET from_id = ? WHERE submission_id = ? AND from_id = ?")
        .params(to, submission, from)
        .update();
    jdbc.sql("UPDATE intel_link SET to_id = ? WHERE submission_id = ? AND to_id = ?")
        .params(to, submission, from)
        .update();
  }

  /** The children linked directly to any of these entries, by any submission. */
  List<ChildId> childrenLinkedTo(Collection<UUID> entities) {
    if (entities.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            SELECT DISTINCT child_id FROM (
              SELECT to_id AS child_id FROM intel_link
               WHERE from_id IN (:ids) AND to_kind = 'CHILD'
              UNION
              SELECT from_id FROM intel_link WHERE to_id IN (:ids) AND from_kind = 'CHILD') c
             ORDER BY child_id
            """)
        .param("ids", entities)
        .query((rs, n) -> new ChildId(rs.getObject(1, UUID.class)))
        .list();
  }

  /**
   * The network of {@code start} to two steps, in one query whatever its size (docs/adr/022): one
   * row per link at the first step, with the end reached (an entry, with its kind and label, or a
   * child) and the submission that made the link (its reference, grade and handling conditions); at
   * the second step, one row per link to a child, and for everything else a count per entry it was
   * reached through and kind ({@link NetworkLink#count()}, its {@code to} null). At most {@code
   * fanOut} links are followed each way at each step.
   */
  List<NetworkLink> twoSteps(UUID start, int fanOut) {
    return jdbc.sql(
            """
            WITH first AS (
              (SELECT to_id AS node, to_kind AS kind, from_id AS via, submission_id
                 FROM intel_link WHERE from_id = :start LIMIT :fan)
              UNION ALL
              (SELECT from_id, from_kind, to_id, submission_id
                 FROM intel_link WHERE to_id = :start LIMIT :fan)
            ), reached AS (
              SELECT DISTINCT node FROM first WHERE kind <> 'CHILD'
            ), second AS (
              (SELECT l.to_id AS node, l.to_kind AS kind, l.from_id AS via, l.submission_id
                 FROM intel_link l JOIN reached r ON l.from_id = r.node
                WHERE l.to_id <> :start LIMIT :fan2)
              UNION ALL
              (SELECT l.from_id, l.from_kind, l.to_id, l.submission_id
                 FROM intel_link l JOIN reached r ON l.to_id = r.node
                WHERE l.from_id <> :start LIMIT :fan2)
            ), steps AS (
              SELECT 1 AS step, node, kind, via, submission_id, 1 AS n FROM first
              UNION ALL
              SELECT 2, node, kind, via, submission_id, 1 FROM second WHERE kind = 'CHILD'
            )
            SELECT st.step, st.node, st.kind, st.via, e.label, s.reference, s.submitted_at,
                   s.source_evaluation, s.intelligence_assessment, s.handling,
                   s.handling_conditions, st.n
              FROM steps st
              JOIN intel_submission s ON s.id = st.submission_id
              LEFT JOIN intel_entity e ON e.id = st.node
            UNION ALL
            SELECT 2, NULL, kind, via, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                   count(DISTINCT node)
              FROM second WHERE kind <> 'CHILD' GROUP BY via, kind
             ORDER BY 1, 3, 5, 2, 7
            """)
        .param("start", start)
        .param("fan", fanOut)
        .param("fan2", fanOut)
        .query(
            (rs, n) ->
                new NetworkLink(
                    rs.getInt("step"),
                    rs.getObject("via", UUID.class),
                    rs.getObject("node", UUID.class),
                    rs.getString("kind"),
                    rs.getString("label"),
                    rs.getString("reference"),
                    SubmissionRepository.instant(rs, "submitted_at"),
                    grade(
                        rs.getString("source_evaluation"),
                        rs.getString("intelligence_assessment"),
                        rs.getString("handling")),
                    rs.getString("handling_conditions"),
                    rs.getInt("n")))
        .list();
  }

  private static @Nullable String grade(
      @Nullable String source, @Nullable String assessment, @Nullable String handling) {
    return source == null ? null : source + assessment + handling;
  }

  /**
   * One link in a network, as read; {@code label} is null for a child. A count of second-step
   * entries of one kind reached through {@code from} has no {@code to}, reference or grade.
   */
  record NetworkLink(
      int step,
      UUID from,
      @Nullable UUID to,
      String toKind,
      @Nullable String label,
      @Nullable String reference,
      @Nullable Instant seenOn,
      @Nullable String grade,
      @Nullable String conditions,
      int count) {

    public boolean toChild() {
      return CHILD.equals(toKind);
    }

    public boolean isCount() {
      return to == null;
    }
  }
}
