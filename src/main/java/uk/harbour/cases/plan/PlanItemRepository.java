package uk.harbour.cases.plan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.ItemWrite;
import uk.harbour.shared.BatchedReads;

/**
 * A plan's actions and progress measures. Each insert carries the form's request key, so a form
 * sent twice adds one row; every write includes the plan, and one that touched nothing says whether
 * the key or item was this plan's ({@link ItemWrite}). Reviews and the young person's comments are
 * in {@link PlanReviewRepository}.
 */
@Repository
class PlanItemRepository {

  private final JdbcClient jdbc;

  PlanItemRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static final String ACTIONS =
      "SELECT id, section, what, owner_name, owner_agency, due_on, status, outcome, version,"
          + " disruption_activity_id FROM plan_action WHERE plan_id = %s ORDER BY due_on, created_at";

  List<PlanAction> actions(UUID planId) {
    return jdbc.sql(ACTIONS.formatted("?")).param(planId).query(PlanItemRepository::action).list();
  }

  /** The plan's actions, read with the rest of the plan in one round trip. */
  BatchedReads.Result<PlanAction> actions(BatchedReads reads, CaseId caseId) {
    return reads.add(
        ACTIONS.formatted(PlanRepository.PLAN_OF_CASE),
        List.of(caseId.value()),
        PlanItemRepository::action);
  }

  private static PlanAction action(ResultSet rs, int n) throws SQLException {
    return new PlanAction(
        rs.getObject("id", UUID.class),
        PlanSection.valueOf(rs.getString("section")),
        rs.getString("what"),
        rs.getString("owner_name"),
        rs.getString("owner_agency"),
        rs.getDate("due_on").toLocalDate(),
        ActionStatus.valueOf(rs.getString("status")),
        rs.getString("outcome"),
        rs.getInt("version"),
        rs.getObject("disruption_activity_id", UUID.class));
  }

  ItemWrite addAction(UUID planId, PlanAction a, UUID requestKey, Instant now, String by) {
    int rows =
        jdbc.sql(
                """
            INSERT INTO plan_action (id, plan_id, section, what, owner_name, owner_agency, due_on,
                   status, outcome, version, created_at, created_by_name, updated_at,
                   updated_by_name, request_key, disruption_activity_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (request_key) DO NOTHING
            """)
            .params(
                UUID.randomUUID(),
                planId,
                a.section().name(),
                a.what(),
                a.ownerName(),
                a.ownerAgency(),
                Date.valueOf(a.dueOn()),
                a.status().name(),
                a.outcome(),
                Timestamp.from(now),
                by,
                Timestamp.from(now),
                by,
                requestKey,
                a.disruptionActivity())
            .update();
    return ItemWrite.inserted(rows, () -> keyInPlan("plan_action", planId, requestKey));
  }

  /**
   * Saves the action if it is this plan's and nobody has saved it since the version in {@code a}.
   */
  ItemWrite updateAction(UUID planId, PlanAction a, Instant now, String by) {
    int rows =
        jdbc.sql(
                """
                UPDATE plan_action SET section = ?, what = ?, owner_name = ?, owner_agency = ?,
                       due_on = ?, status = ?, outcome = ?, disruption_activity_id = ?,
                       version = version + 1, updated_at = ?, updated_by_name = ?
                 WHERE id = ? AND plan_id = ? AND version = ?
                """)
            .params(
                a.section().name(),
                a.what(),
                a.ownerName(),
                a.ownerAgency(),
                Date.valueOf(a.dueOn()),
                a.status().name(),
                a.outcome(),
                a.disruptionActivity(),
                Timestamp.from(now),
                by,
                a.id(),
                planId,
                a.version())
            .update();
    return ItemWrite.updated(rows, () -> actionChanged(planId, a.id()).isPresent());
  }

  /** Who last saved the plan's action, and when; empty if it is not this plan's. */
  Optional<Changed> actionChanged(UUID planId, UUID actionId) {
    return jdbc.sql(
            "SELECT updated_by_name, updated_at FROM plan_action WHERE id = ? AND plan_id = ?")
        .params(actionId, planId)
        .query(
            (rs, n) ->
                new Changed(
                    rs.getString("updated_by_name"), rs.getTimestamp("updated_at").toInstant()))
        .optional();
  }

  /** The plan's measures with their points, read with the rest of the plan in one round trip. */
  Supplier<List<Measure>> measures(BatchedReads reads, CaseId caseId) {
    record Named(UUID id, String name) {}
    record Point(UUID measure, Measure.Point point) {}
    BatchedReads.Result<Named> names =
        reads.add(
            "SELECT id, name FROM plan_measure WHERE plan_id = "
                + PlanRepository.PLAN_OF_CASE
                + " ORDER BY created_at",
            List.of(caseId.value()),
            (rs, n) -> new Named(rs.getObject("id", UUID.class), rs.getString("name")));
    BatchedReads.Result<Point> points =
        reads.add(
            "SELECT p.measure_id, p.recorded_on, p.value, p.note, p.recorded_by_name"
                + " FROM plan_measure_point p JOIN plan_measure m ON m.id = p.measure_id"
                + " WHERE m.plan_id = "
                + PlanRepository.PLAN_OF_CASE
                + " ORDER BY p.recorded_on, p.recorded_at",
            List.of(caseId.value()),
            (rs, n) ->
                new Point(
                    rs.getObject("measure_id", UUID.class),
                    new Measure.Point(
                        rs.getDate("recorded_on").toLocalDate(),
                        rs.getInt("value"),
                        rs.getString("note"),
                        rs.getString("recorded_by_name"))));
    return () -> {
      Map<UUID, List<Measure.Point>> byMeasure = new LinkedHashMap<>();
      names.rows().forEach(m -> byMeasure.put(m.id(), new ArrayList<>()));
      points.rows().forEach(p -> byMeasure.get(p.measure()).add(p.point()));
      return names.rows().stream()
          .map(m -> new Measure(m.id(), m.name(), byMeasure.get(m.id())))
          .toList();
    };
  }

  ItemWrite addMeasure(UUID planId, String name, UUID requestKey, Instant now, String by) {
    int rows =
        jdbc.sql(
                "INSERT INTO plan_measure (id, plan_id, name, created_at, created_by_name, request_key)"
                    + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (request_key) DO NOTHING")
            .params(UUID.randomUUID(), planId, name, Timestamp.from(now), by, requestKey)
            .update();
    return ItemWrite.inserted(rows, () -> keyInPlan("plan_measure", planId, requestKey));
  }

  /** Whether the measure is one of this plan's. */
  boolean measureInPlan(UUID planId, UUID measureId) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM plan_measure WHERE id = ? AND plan_id = ?)")
        .params(measureId, planId)
        .query(Boolean.class)
        .single();
  }

  /**
   * Records a value against one of this plan's measures. Callers check the measure is the plan's
   * first ({@link #measureInPlan}); the insert holds to it as well.
   */
  ItemWrite recordPoint(
      UUID planId, UUID measureId, Measure.Point point, UUID requestKey, Instant now) {
    int rows =
        jdbc.sql(
                """
                INSERT INTO plan_measure_point (id, measure_id, recorded_on, value, note,
                       recorded_at, recorded_by_name, request_key)
                SELECT ?, m.id, ?, ?, ?, ?, ?, ? FROM plan_measure m
                 WHERE m.id = ? AND m.plan_id = ?
                ON CONFLICT (request_key) DO NOTHING
                """)
            .params(
                UUID.randomUUID(),
                Date.valueOf(point.recordedOn()),
                point.value(),
                point.note(),
                Timestamp.from(now),
                point.recordedByName(),
                requestKey,
                measureId,
                planId)
            .update();
    return ItemWrite.inserted(
        rows,
        () ->
            jdbc.sql(
                    """
                    SELECT EXISTS (SELECT 1 FROM plan_measure_point p
                                     JOIN plan_measure m ON m.id = p.measure_id
                                    WHERE p.request_key = ? AND m.plan_id = ?)
                    """)
                .params(requestKey, planId)
                .query(Boolean.class)
                .single());
  }

  /** Whether a row of this plan's in {@code table} has the form key (a form sent twice). */
  boolean keyInPlan(String table, UUID planId, UUID requestKey) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM " + table + " WHERE request_key = ? AND plan_id = ?)")
        .params(requestKey, planId)
        .query(Boolean.class)
        .single();
  }

  /** Who last changed a row and when. */
  record Changed(String byName, Instant at) {}

  static LocalDate today(java.time.Clock clock) {
    return LocalDate.now(clock.withZone(uk.harbour.shared.DisplayDates.ZONE));
  }
}
