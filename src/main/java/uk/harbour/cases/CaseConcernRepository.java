package uk.harbour.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.BatchedReads;
import uk.harbour.shared.ChildId;

/**
 * The concerns that led to each case (case_concern), and concerns linked to a child who had no open
 * or stepped-down case at the time, waiting for the next one (case_concern_waiting).
 */
@Repository
class CaseConcernRepository {

  /** A concern waiting for the child's next case. */
  record Waiting(UUID concernId, String reference, Instant linkedAt) {}

  private final JdbcClient jdbc;

  CaseConcernRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Adds the concern to the case.
   *
   * @return false if it was there already
   */
  boolean add(CaseId id, String reference, UUID concernId, Instant now, UUID by) {
    return jdbc.sql(
                """
                INSERT INTO case_concern (case_id, concern_ref, added_at, added_by, concern_id)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id, concern_ref) DO NOTHING
                """)
            .params(id.value(), reference, Timestamp.from(now), by, concernId)
            .update()
        == 1;
  }

  /**
   * Takes a concern linked by mistake off the case.
   *
   * @return false if it was not on it
   */
  boolean remove(CaseId id, String reference) {
    return jdbc.sql("DELETE FROM case_concern WHERE case_id = ? AND concern_ref = ?")
            .params(id.value(), reference)
            .update()
        == 1;
  }

  private static final String OF =
      "SELECT concern_ref FROM case_concern WHERE case_id = ? ORDER BY added_at, concern_ref";

  /** The references of the concerns that led to the case, in the order they reached it. */
  List<String> of(CaseId id) {
    return jdbc.sql(OF).param(id.value()).query(String.class).list();
  }

  /** The same, read with other queries in one round trip. */
  BatchedReads.Result<String> of(BatchedReads reads, CaseId id) {
    return reads.add(OF, List.of(id.value()), (rs, n) -> rs.getString(1));
  }

  void keepWaiting(ChildId child, UUID concernId, String reference, Instant linkedAt) {
    jdbc.sql(
            """
            INSERT INTO case_concern_waiting (child_id, concern_id, concern_ref, linked_at)
            VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING
            """)
        .params(child.value(), concernId, reference, Timestamp.from(linkedAt))
        .update();
  }

  void stopWaiting(ChildId child, String reference) {
    jdbc.sql("DELETE FROM case_concern_waiting WHERE child_id = ? AND concern_ref = ?")
        .params(child.value(), reference)
        .update();
  }

  /** The concerns waiting for the child's next case, oldest first; they wait no longer. */
  List<Waiting> takeWaiting(ChildId child) {
    return jdbc
        .sql(
            "DELETE FROM case_concern_waiting WHERE child_id = ?"
                + " RETURNING concern_id, concern_ref, linked_at")
        .param(child.value())
        .query(
            (rs, n) ->
                new Waiting(
                    rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant()))
        .list()
        .stream()
        .sorted(java.util.Comparator.comparing(Waiting::linkedAt))
        .toList();
  }
}
