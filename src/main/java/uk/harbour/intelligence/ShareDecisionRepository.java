package uk.harbour.intelligence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.accesscontrol.HarbourUser;

/** Every decision to share intelligence or not to, with its lawful basis; never changed. */
@Repository
class ShareDecisionRepository {

  private final JdbcClient jdbc;

  ShareDecisionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(UUID submission, TriageDecision.Sharing sharing, HarbourUser by, Instant now) {
    jdbc.sql(
            """
            INSERT INTO intel_share_decision (id, submission_id, shared, what, with_whom,
              lawful_basis, why, decided_by, decided_by_name, decided_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            UUID.randomUUID(),
            submission,
            sharing.share(),
            sharing.share() ? "sanitised text" : "nothing",
            sharing.withWhom(),
            sharing.basis().name(),
            sharing.why(),
            by.id().value(),
            by.displayName(),
            Timestamp.from(now))
        .update();
  }

  /** A submission's decisions, oldest first. */
  List<ShareDecision> of(UUID submission) {
    return jdbc.sql(
            "SELECT shared, what, with_whom, lawful_basis, why, decided_by_name, decided_at"
                + " FROM intel_share_decision WHERE submission_id = ? ORDER BY decided_at, id")
        .param(submission)
        .query(
            (rs, n) ->
                new ShareDecision(
                    rs.getBoolean("shared"),
                    rs.getString("what"),
                    rs.getString("with_whom"),
                    LawfulBasis.valueOf(rs.getString("lawful_basis")),
                    rs.getString("why"),
                    rs.getString("decided_by_name"),
                    rs.getTimestamp("decided_at").toInstant()))
        .list();
  }

  record ShareDecision(
      boolean shared,
      String what,
      String withWhom,
      LawfulBasis basis,
      String why,
      String decidedBy,
      Instant decidedAt) {}
}
