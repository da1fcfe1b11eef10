package uk.harbour.cases.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.cases.CaseId;
import uk.harbour.shared.BatchedReads;
import uk.harbour.shared.UserId;

/** The plan row and its section texts. Callers check access and publish audit events. */
@Repository
class PlanRepository {

  private final JdbcClient jdbc;
  private final JdbcOperations jdbcOperations;

  PlanRepository(JdbcClient jdbc, JdbcOperations jdbcOperations) {
    this.jdbc = jdbc;
    this.jdbcOperations = jdbcOperations;
  }

  /** A new batch of reads: this and the other plan repositories' queries sent at once. */
  BatchedReads batch() {
    return new BatchedReads(jdbcOperations);
  }

  private static final String HEADER =
      "SELECT id, no_disruption_reason, finalised_at, first_finalised_at, finalised_by_name,"
          + " version, updated_at, updated_by_name FROM plan";

  /** The plan's header, if anyone has started it. */
  Optional<Header> header(CaseId caseId) {
    return jdbc.sql(HEADER + " WHERE case_id = ?")
        .param(caseId.value())
        .query((rs, n) -> header(rs))
        .optional();
  }

  /**
   * The plan's header, locking its row until the transaction ends: checks on the whole plan (its
   * disruption section) and the change they guard then see the same plan.
   */
  Header lock(UUID planId) {
    return jdbc.sql(HEADER + " WHERE id = ? FOR UPDATE")
        .param(planId)
        .query((rs, n) -> header(rs))
        .single();
  }

  private static Header header(java.sql.ResultSet rs) throws java.sql.SQLException {
    Timestamp finalised = rs.getTimestamp("finalised_at");
    Timestamp first = rs.getTimestamp("first_finalised_at");
    return new Header(
        rs.getObject("id", UUID.class),
        rs.getString("no_disruption_reason"),
        finalised == null ? null : finalised.toInstant(),
        first == null ? null : first.toInstant(),
        rs.getString("finalised_by_name"),
        rs.getInt("version"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by_name"));
  }

  /** The plan's id, creating an empty plan first if there is none. */
  UUID ensure(CaseId caseId, Instant now, Editor by) {
    jdbc.sql(
            """
            INSERT INTO plan (id, case_id, version, created_at, updated_at, updated_by,
                              updated_by_name)
            VALUES (?, ?, 1, ?, ?, ?, ?) ON CONFLICT (case_id) DO NOTHING
            """)
        .params(
            UUID.randomUUID(),
            caseId.value(),
            Timestamp.from(now),
            Timestamp.from(now),
            by.id().value(),
            by.name())
        .update();
    return header(caseId).orElseThrow().id();
  }

  /** Saves the texts if nobody has saved the plan since {@code expectedVersion}. */
  boolean saveTexts(
      UUID planId,
      int expectedVersion,
      Map<String, String> texts,
      String noDisruptionReason,
      Instant now,
      Editor by) {
    int updated =
        jdbc.sql(
                """
                UPDATE plan SET no_disruption_reason = ?, version = version + 1, updated_at = ?,
                       updated_by = ?, updated_by_name = ?
                 WHERE id = ? AND version = ?
                """)
            .params(
                noDisruptionReason,
                Timestamp.from(now),
                by.id().value(),
                by.name(),
                planId,
                expectedVersion)
            .update();
    if (updated == 1) {
      jdbc.sql("DELETE FROM plan_text WHERE plan_id = ?").param(planId).update();
      texts.forEach(
          (section, body) ->
              jdbc.sql("INSERT INTO plan_text (plan_id, section, body) VALUES (?, ?, ?)")
                  .params(planId, section, body)
                  .update());
    }
    return updated == 1;
  }

  /** Marks the plan changed (an action, measure or review was added), for "last changed". */
  void touch(UUID planId, Instant now, Editor by) {
    jdbc.sql("UPDATE plan SET updated_at = ?, updated_by = ?, updated_by_name = ? WHERE id = ?")
        .params(Timestamp.from(now), by.id().value(), by.name(), planId)
        .update();
  }

  /**
   * Finalises the plan if it is not finalised yet or has changed since it was.
   *
   * @return false if it was finalised and is unchanged since (nothing written)
   */
  boolean finalise(UUID planId, Instant now, Editor by) {
    return jdbc.sql(
                "UPDATE plan SET finalised_at = ?, finalised_by_name = ?,"
                    + " first_finalised_at = COALESCE(first_finalised_at, ?) WHERE id = ?"
                    + " AND (finalised_at IS NULL OR updated_at > finalised_at)")
            .params(Timestamp.from(now), by.name(), Timestamp.from(now), planId)
            .update()
        == 1;
  }

  /**
   * The id of the plan of the case given as the query's parameter, for the batched reads of one
   * case's plan.
   */
  static final String PLAN_OF_CASE = "(SELECT id FROM plan WHERE case_id = ?)";

  /** The plan's header, read with the rest of the plan in one round trip. */
  BatchedReads.Result<Header> header(BatchedReads reads, CaseId caseId) {
    return reads.add(HEADER + " WHERE case_id = ?", List.of(caseId.value()), (rs, n) -> header(rs));
  }

  /** The plan's section texts by section, read with the rest of the plan in one round trip. */
  Supplier<Map<String, String>> texts(BatchedReads reads, CaseId caseId) {
    BatchedReads.Result<String[]> rows =
        reads.add(
            "SELECT section, body FROM plan_text WHERE plan_id = " + PLAN_OF_CASE,
            List.of(caseId.value()),
            (rs, n) -> new String[] {rs.getString("section"), rs.getString("body")});
    return () -> {
      Map<String, String> texts = new LinkedHashMap<>();
      rows.rows().forEach(r -> texts.put(r[0], r[1]));
      return texts;
    };
  }

  /** The plan row. */
  record Header(
      UUID id,
      String noDisruptionReason,
      Instant finalisedAt,
      Instant firstFinalisedAt,
      String finalisedByName,
      int version,
      Instant updatedAt,
      String updatedByName) {}

  /** Who is making a change. */
  record Editor(UserId id, String name) {}
}
