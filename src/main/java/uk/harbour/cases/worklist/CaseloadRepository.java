package uk.harbour.cases.worklist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.accesscontrol.Teams;

/**
 * Cases by key worker for a manager's work list: each key worker's open and stepped-down cases, and
 * the open cases waiting for one, over the cases the signed-in user sees (the access policy's
 * clause is inside each query).
 */
@Repository
class CaseloadRepository {

  private final JdbcClient jdbc;
  private final AccessPolicy access;

  CaseloadRepository(JdbcClient jdbc, AccessPolicy access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  /** One key worker's open and stepped-down cases (the one in each child's team around them). */
  record Count(UUID keyWorkerId, String name, int open, int steppedDown) {}

  /** Open and stepped-down cases per key worker, counted over the cases the user sees. */
  List<Count> perKeyWorker() {
    List<Count> counts = new ArrayList<>();
    jdbc.sql(
            "SELECT k.user_id AS key_worker_id, max(k.display_name) AS name,"
                + " count(*) FILTER (WHERE c.status = 'OPEN') AS open,"
                + " count(*) FILTER (WHERE c.status = 'STEPPED_DOWN') AS stepped_down"
                + " FROM cases c JOIN "
                + Teams.KEY_WORKER_VIEW
                + " k ON k.child_id = c.child_id WHERE c.status <> 'CLOSED' AND "
                + access.visibleChildrenClause("c.child_id")
                + " GROUP BY k.user_id")
        .param(AccessPolicy.VIEWER_PARAM, access.viewerId())
        .query(
            (RowCallbackHandler)
                rs ->
                    counts.add(
                        new Count(
                            rs.getObject("key_worker_id", UUID.class),
                            rs.getString("name"),
                            rs.getInt("open"),
                            rs.getInt("stepped_down"))));
    return counts;
  }

  /** An open case waiting for a key worker. */
  record Waiting(UUID caseId, UUID childId, Instant openedAt, boolean reReferral) {}

  /**
   * Open cases whose child has no key worker in the team around them, oldest first, over the cases
   * the user sees; counted again only when there are more than {@code limit}.
   */
  DueWorkRepository.Found<Waiting> unallocated(int limit) {
    String where =
        " FROM cases c WHERE c.status = 'OPEN' AND NOT EXISTS (SELECT 1 FROM "
            + Teams.KEY_WORKER_VIEW
            + " k WHERE k.child_id = c.child_id) AND "
            + access.visibleChildrenClause("c.child_id");
    List<Waiting> rows =
        jdbc.sql(
                "SELECT c.id, c.child_id, c.opened_at, c.re_referral_after IS NOT NULL AS rr"
                    + where
                    + " ORDER BY c.opened_at, c.id LIMIT :limit")
            .param(AccessPolicy.VIEWER_PARAM, access.viewerId())
            .param("limit", limit)
            .query(
                (rs, n) ->
                    new Waiting(
                        rs.getObject("id", UUID.class),
                        rs.getObject("child_id", UUID.class),
                        rs.getTimestamp("opened_at").toInstant(),
                        rs.getBoolean("rr")))
            .list();
    long total =
        rows.size() < limit
            ? rows.size()
            : jdbc.sql("SELECT count(*)" + where)
                .param(AccessPolicy.VIEWER_PARAM, access.viewerId())
                .query(Long.class)
                .single();
    return new DueWorkRepository.Found<>(rows, total);
  }
}
