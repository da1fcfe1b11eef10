package uk.harbour.intake;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/**
 * Lists of concerns (the read model of the screening queue, of what was decided, of a reporter's
 * own concerns and of a key worker's): concerns without their repeating parts and observations.
 * Callers apply the access rules, or pass them in as SQL.
 */
@Repository
class ConcernListRepository {

  private final JdbcClient jdbc;

  ConcernListRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The reporter's own concerns, drafts and submitted, most recently changed first. */
  List<Concern> raisedBy(UserId reporter, int limit) {
    return jdbc.sql(
            ConcernColumns.select(" WHERE c.reporter_id = ? ORDER BY c.updated_at DESC LIMIT ?"))
        .params(reporter.value(), limit)
        .query(ConcernColumns.WITHOUT_PARTS)
        .list();
  }

  /** How many submitted concerns await a decision. */
  int countAwaitingDecision() {
    return jdbc.sql("SELECT count(*) FROM concern WHERE status = 'SUBMITTED'")
        .query(Integer.class)
        .single();
  }

  /**
   * The references and ids of concerns linked to this child that await a decision, oldest first.
   */
  List<Map.Entry<String, UUID>> awaitingDecisionFor(ChildId child) {
    return jdbc.sql(
            "SELECT reference, id FROM concern WHERE status = 'SUBMITTED' AND child_id = ?"
                + " ORDER BY submitted_at")
        .param(child.value())
        .query((rs, n) -> Map.entry(rs.getString("reference"), rs.getObject("id", UUID.class)))
        .list();
  }

  /**
   * Submitted concerns awaiting a decision: public reports saying a child is in danger now first,
   * then the rest, each oldest first.
   */
  List<Concern> awaitingDecision(int limit) {
    return jdbc.sql(
            ConcernColumns.select(
                " WHERE c.status = 'SUBMITTED'"
                    + " ORDER BY coalesce(c.danger_now = 'YES', false) DESC, c.submitted_at,"
                    + " c.reference LIMIT ?"))
        .param(limit)
        .query(ConcernColumns.WITHOUT_PARTS)
        .list();
  }

  /** Decided concerns, most recently decided first. */
  List<Concern> recentlyDecided(int limit) {
    return jdbc.sql(
            ConcernColumns.select(" WHERE c.status = 'DECIDED' ORDER BY d.decided_at DESC LIMIT ?"))
        .param(limit)
        .query(ConcernColumns.WITHOUT_PARTS)
        .list();
  }

  /**
   * Concerns linked to children the user is key worker for and may still see, newest first.
   *
   * @param visibility a SQL condition on {@code c.child_id} with a {@code :viewer} parameter
   */
  List<Concern> forKeyWorker(UserId keyWorker, String visibility, int limit) {
    return jdbc.sql(
            ConcernColumns.select(
                " WHERE c.status <> 'DRAFT' AND "
                    + visibility
                    + " AND c.child_id IN (SELECT child_id FROM team_member"
                    + "  WHERE user_id = :viewer AND team_role = 'KEY_WORKER')"
                    + " ORDER BY c.submitted_at DESC LIMIT :limit"))
        .param("viewer", keyWorker.value())
        .param("limit", limit)
        .query(ConcernColumns.WITHOUT_PARTS)
        .list();
  }
}
