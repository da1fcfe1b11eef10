package uk.harbour.cases;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.BatchedReads;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/** Requests for a strategy discussion after repeated missing episodes (repeat_missing_prompt). */
@Repository
class RepeatMissingPromptRepository {

  private static final String COLUMNS =
      "id, case_id, episode_id, episodes, within_days, first_start, last_start, raised_at,"
          + " outcome, held_on, note, recorded_by_name, recorded_at, version";

  private final JdbcClient jdbc;

  RepeatMissingPromptRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The child's open or stepped-down case, if they have one. */
  Optional<CaseId> activeCaseOf(ChildId child) {
    return jdbc.sql(
            "SELECT id FROM cases WHERE child_id = ? AND status <> 'CLOSED'"
                + " ORDER BY opened_at DESC LIMIT 1")
        .param(child.value())
        .query(UUID.class)
        .optional()
        .map(CaseId::new);
  }

  /**
   * Raises a prompt on the case, unless the same episode raised one already or the case has one
   * whose window already holds this window's last episode (an episode recorded late that only moves
   * where a run's window begins).
   *
   * @return whether a prompt was raised
   */
  boolean raise(
      UUID id,
      CaseId caseId,
      ChildId child,
      UUID episode,
      int episodes,
      int withinDays,
      Instant firstStart,
      Instant lastStart,
      Instant now) {
    return jdbc.sql(
                """
                INSERT INTO repeat_missing_prompt (id, case_id, child_id, episode_id, episodes,
                       within_days, first_start, last_start, raised_at)
                SELECT :id, :case, :child, :episode, :episodes, :days, :first, :last, :now
                 WHERE NOT EXISTS (SELECT 1 FROM repeat_missing_prompt p
                                    WHERE p.case_id = :case
                                      AND :last BETWEEN p.first_start AND p.last_start)
                ON CONFLICT (case_id, episode_id) DO NOTHING
                """)
            .param("id", id)
            .param("case", caseId.value())
            .param("child", child.value())
            .param("episode", episode)
            .param("episodes", episodes)
            .param("days", withinDays)
            .param("first", Timestamp.from(firstStart))
            .param("last", Timestamp.from(lastStart))
            .param("now", Timestamp.from(now))
            .update()
        == 1;
  }

  private static final String OF_CASE =
      "SELECT " + COLUMNS + " FROM repeat_missing_prompt WHERE case_id = ? ORDER BY raised_at DESC";

  /** The case's prompts, newest first (waiting and recorded), in the case page's batch of reads. */
  BatchedReads.Result<RepeatMissingPrompt> of(BatchedReads reads, CaseId caseId) {
    return reads.add(OF_CASE, List.of(caseId.value()), RepeatMissingPromptRepository::prompt);
  }

  List<RepeatMissingPrompt> of(CaseId caseId) {
    return jdbc.sql(OF_CASE)
        .param(caseId.value())
        .query(RepeatMissingPromptRepository::prompt)
        .list();
  }

  Optional<RepeatMissingPrompt> find(CaseId caseId, UUID id) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM repeat_missing_prompt WHERE case_id = ? AND id = ?")
        .params(caseId.value(), id)
        .query(RepeatMissingPromptRepository::prompt)
        .optional();
  }

  /**
   * Records what became of a waiting prompt.
   *
   * @return false if it changed since the form was opened (or was already recorded)
   */
  boolean record(
      UUID id,
      int version,
      RepeatMissingPrompt.Outcome outcome,
      @Nullable LocalDate heldOn,
      String note,
      UserId by,
      String byName,
      Instant now) {
    return jdbc.sql(
                """
                UPDATE repeat_missing_prompt
                   SET outcome = ?, held_on = ?, note = ?, recorded_by = ?, recorded_by_name = ?,
                       recorded_at = ?, version = version + 1
                 WHERE id = ? AND version = ? AND outcome IS NULL
                """)
            .params(
                outcome.name(),
                heldOn == null ? null : Date.valueOf(heldOn),
                note,
                by.value(),
                byName,
                Timestamp.from(now),
                id,
                version)
            .update()
        == 1;
  }

  private static RepeatMissingPrompt prompt(ResultSet rs, int n) throws SQLException {
    String outcome = rs.getString("outcome");
    Date heldOn = rs.getDate("held_on");
    Timestamp recordedAt = rs.getTimestamp("recorded_at");
    return new RepeatMissingPrompt(
        rs.getObject("id", UUID.class),
        new CaseId(rs.getObject("case_id", UUID.class)),
        rs.getObject("episode_id", UUID.class),
        rs.getInt("episodes"),
        rs.getInt("within_days"),
        rs.getTimestamp("first_start").toInstant(),
        rs.getTimestamp("last_start").toInstant(),
        rs.getTimestamp("raised_at").toInstant(),
        outcome == null ? null : RepeatMissingPrompt.Outcome.valueOf(outcome),
        heldOn == null ? null : heldOn.toLocalDate(),
        rs.getString("note"),
        rs.getString("recorded_by_name"),
        recordedAt == null ? null : recordedAt.toInstant(),
        rs.getInt("version"));
  }
}
