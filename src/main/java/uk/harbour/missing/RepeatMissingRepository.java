package uk.harbour.missing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.ChildId;

/** When each of a child's episodes started, for the repeat missing rule (one indexed read). */
@Repository
class RepeatMissingRepository {

  /** One episode's start. */
  record Start(UUID episode, Instant at) {}

  private final JdbcClient jdbc;

  RepeatMissingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The child's episodes, earliest first, leaving out those that only continue another after a
   * change between missing and away (the child did not go missing again).
   */
  List<Start> startsOf(ChildId child) {
    return jdbc.sql(
            "SELECT id, start_at FROM missing_episode WHERE child_id = ?"
                + " AND previous_episode_id IS NULL ORDER BY start_at, id")
        .param(child.value())
        .query(
            (rs, n) ->
                new Start(rs.getObject("id", UUID.class), rs.getTimestamp("start_at").toInstant()))
        .list();
  }
}
