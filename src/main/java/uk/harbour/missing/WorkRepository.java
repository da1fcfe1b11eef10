package uk.harbour.missing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.ChildId;

/**
 * Open episodes and outstanding return interviews across the children a list may show: {@code
 * clause} is the access policy's condition (or conditions) on {@code e.child_id}, binding the
 * viewer's id as {@code :viewer}.
 */
@Repository
class WorkRepository {

  private final JdbcClient jdbc;

  WorkRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Episodes still open, longest open first, at most {@code limit}, and how many in all. */
  MissingWork.Found open(String clause, java.util.UUID viewer, int limit) {
    return found(
        "FROM missing_episode e WHERE e.returned_at IS NULL AND " + clause,
        "e.start_at",
        "e.start_at, e.id",
        viewer,
        null,
        limit);
  }

  /**
   * Return interviews with no outcome recorded and due before {@code until} (now, for the overdue
   * ones), the longest overdue first, at most {@code limit}, and how many in all.
   */
  MissingWork.Found outstanding(String clause, UUID viewer, Instant until, int limit) {
    return found(
        "FROM return_interview r JOIN missing_episode e ON e.id = r.episode_id"
            + " WHERE r.outcome IS NULL AND r.due_at < :until AND "
            + clause,
        "r.due_at",
        "r.due_at, e.id",
        viewer,
        until,
        limit);
  }

  private MissingWork.Found found(
      String from, String when, String order, UUID viewer, Instant until, int limit) {
    var count = jdbc.sql("SELECT count(*) " + from).param("viewer", viewer);
    var rows =
        jdbc.sql(
                "SELECT e.id, e.child_id, e.kind, "
                    + when
                    + " AS at "
                    + from
                    + " ORDER BY "
                    + order
                    + " LIMIT :limit")
            .param("viewer", viewer)
            .param("limit", limit);
    if (until != null) {
      count = count.param("until", Timestamp.from(until));
      rows = rows.param("until", Timestamp.from(until));
    }
    long total = count.query(Long.class).single();
    List<MissingWork.Item> items =
        rows.query(
                (rs, n) ->
                    new MissingWork.Item(
                        new ChildId(rs.getObject("child_id", UUID.class)),
                        new EpisodeId(rs.getObject("id", UUID.class)),
                        EpisodeKind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("at").toInstant()))
            .list();
    return new MissingWork.Found(items, total);
  }
}
