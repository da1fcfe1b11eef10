package uk.harbour.accesscontrol;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.ChildId;

/**
 * The screening access rows behind {@link ScreeningAccess}, which the SQL function {@code
 * visible_child_ids} reads.
 */
@Repository
class ScreeningAccessRepository {

  private final JdbcClient jdbc;

  ScreeningAccessRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void open(ChildId child, String concernReference, Instant since) {
    jdbc.sql(
            "INSERT INTO screening_access (child_id, concern_ref, since) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING")
        .params(child.value(), concernReference, Timestamp.from(since))
        .update();
  }

  void close(ChildId child, String concernReference) {
    jdbc.sql("DELETE FROM screening_access WHERE child_id = ? AND concern_ref = ?")
        .params(child.value(), concernReference)
        .update();
  }
}
