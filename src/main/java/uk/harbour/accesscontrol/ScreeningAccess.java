package uk.harbour.accesscontrol;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.shared.ChildId;

/**
 * Screening officers may see a child while a concern about them awaits a screening decision. The
 * intake module opens access when a concern is matched to a child and closes it on decision.
 */
@Service
public class ScreeningAccess {

  private final JdbcClient jdbc;
  private final Clock clock;

  ScreeningAccess(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  public void awaitingScreening(ChildId child, String concernReference) {
    jdbc.sql(
            "INSERT INTO screening_access (child_id, concern_ref, since) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING")
        .params(child.value(), concernReference, Timestamp.from(clock.instant()))
        .update();
    AccessDecisions.forgetAll();
  }

  @Transactional
  public void screened(ChildId child, String concernReference) {
    jdbc.sql("DELETE FROM screening_access WHERE child_id = ? AND concern_ref = ?")
        .params(child.value(), concernReference)
        .update();
    AccessDecisions.forgetAll();
  }
}
