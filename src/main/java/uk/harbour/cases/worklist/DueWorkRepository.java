package uk.harbour.cases.worklist;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.cases.assessment.Assessments;
import uk.harbour.cases.plan.Plans;
import uk.harbour.shared.DisplayDates;

/**
 * What is due across a set of cases, worked out inside the database: plan actions, plan reviews
 * (the first one a review interval after the plan was first finalised, or the case opened),
 * assessments, prompted assessment reviews, versions waiting for the viewer's sign-off, and
 * follow-ups after closure. Every query keeps only the cases of children the viewer may see (the
 * access policy's clause) within the caller's scope (their own teams, or the teams they manage);
 * nothing loads every case into memory.
 */
@Repository
class DueWorkRepository {

  /** The cases a work list covers: a SQL condition over {@code c.child_id}, binding :viewer. */
  record Scope(String condition) {}

  /** One item: its case and child, what and when, and the case's key worker and re-referral. */
  record Row(
      UUID caseId,
      UUID childId,
      String keyWorkerName,
      boolean reReferral,
      UUID itemId,
      String what,
      Integer number,
      LocalDate dueOn) {}

  /** One young person's active case on a key worker's list. */
  record CaseRow(
      UUID caseId,
      UUID childId,
      String status,
      boolean reReferral,
      LocalDate assessmentDue,
      LocalDate nextReview) {}

  /** The items of one kind: up to the limit, most urgent first, and how many there are in all. */
  record Found<T>(List<T> rows, long total) {}

  private static final String REVIEW_DUE =
      """
      COALESCE(
        (SELECT r.next_review_on FROM plan_review r WHERE r.plan_id = p.id
          ORDER BY r.held_on DESC, r.recorded_at DESC LIMIT 1),
        (COALESCE(p.first_finalised_at, s.opened_at) AT TIME ZONE :zone)::date + :reviewInterval)
      """;

  private static final String ASSESSMENT_DUE =
      "add_working_days((s.opened_at AT TIME ZONE :zone)::date, :assessmentDays)";

  private static final String NOT_SIGNED_OFF =
      """
      NOT EXISTS (SELECT 1 FROM assessment a JOIN assessment_version v ON v.assessment_id = a.id
                   WHERE a.case_id = s.id AND v.signed_off_at IS NOT NULL)
      """;

  private static final String ITEM_COLUMNS =
      "s.id AS case_id, s.child_id, s.key_worker_name,"
          + " s.re_referral_after IS NOT NULL AS re_referral";

  private final JdbcClient jdbc;
  private final AccessPolicy access;
  private final Plans plans;
  private final Assessments assessments;

  DueWorkRepository(JdbcClient jdbc, AccessPolicy access, Plans plans, Assessments assessments) {
    this.jdbc = jdbc;
    this.access = access;
    this.plans = plans;
    this.assessments = assessments;
  }

  /** The viewer's own teams (a key worker's or practitioner's work list). */
  Scope myTeams() {
    return new Scope(access.inViewersTeamsClause("c.child_id"));
  }

  /** The teams of the viewer and of everyone they manage (a manager's work list). */
  Scope managedTeams() {
    return new Scope(access.inManagedTeamsClause("c.child_id"));
  }

  /** Open plan actions due on or before {@code until}. */
  Found<Row> actions(Scope scope, LocalDate until, int limit) {
    return items(
        scope,
        "SELECT "
            + ITEM_COLUMNS
            + ", a.id AS item_id, a.what, NULL::int AS number, a.due_on"
            + " FROM scoped s JOIN plan p ON p.case_id = s.id JOIN plan_action a ON a.plan_id = p.id"
            + " WHERE s.status <> 'CLOSED' AND a.status IN ('NOT_STARTED', 'IN_PROGRESS')"
            + " AND a.due_on <= :until",
        until,
        limit);
  }

  /** Plan reviews due on or before {@code until}, the first one included. */
  Found<Row> reviews(Scope scope, LocalDate until, int limit) {
    return items(
        scope,
        "SELECT * FROM (SELECT "
            + ITEM_COLUMNS
            + ", NULL::uuid AS item_id, NULL::text AS what, NULL::int AS number, "
            + REVIEW_DUE
            + " AS due_on FROM scoped s LEFT JOIN plan p ON p.case_id = s.id"
            + " WHERE s.status <> 'CLOSED') r WHERE r.due_on <= :until",
        until,
        limit);
  }

  /** First assessments not signed off and due on or before {@code until}. */
  Found<Row> assessments(Scope scope, LocalDate until, int limit) {
    return items(
        scope,
        "SELECT "
            + ITEM_COLUMNS
            + ", NULL::uuid AS item_id, NULL::text AS what, NULL::int AS number, "
            + ASSESSMENT_DUE
            + " AS due_on FROM scoped s WHERE s.status <> 'CLOSED' AND "
            + NOT_SIGNED_OFF
            + " AND "
            + ASSESSMENT_DUE
            + " <= :until",
        until,
        limit);
  }

  /** Reviews of an assessment prompted by something new on the case, due by {@code until}. */
  Found<Row> assessmentReviews(Scope scope, LocalDate until, int limit) {
    String due =
        "add_working_days((a.review_prompted_at AT TIME ZONE :zone)::date, :assessmentReviewDays)";
    return items(
        scope,
        "SELECT "
            + ITEM_COLUMNS
            + ", NULL::uuid AS item_id, a.review_prompt AS what, NULL::int AS number, "
            + due
            + " AS due_on FROM scoped s JOIN assessment a ON a.case_id = s.id"
            + " WHERE s.status <> 'CLOSED' AND a.review_prompted_at IS NOT NULL"
            + " AND EXISTS (SELECT 1 FROM assessment_version v WHERE v.assessment_id = a.id)"
            + " AND "
            + due
            + " <= :until",
        until,
        limit);
  }

  /**
   * Requests for a strategy discussion or trigger plan after repeated missing episodes that nobody
   * has recorded yet; {@code dueOn} is the day it was asked for, {@code number} how many episodes.
   */
  Found<Row> repeatMissing(Scope scope, int limit) {
    return items(
        scope,
        "SELECT "
            + ITEM_COLUMNS
            + ", r.id AS item_id, NULL::text AS what, r.episodes AS number,"
            + " (r.raised_at AT TIME ZONE :zone)::date AS due_on"
            + " FROM scoped s JOIN repeat_missing_prompt r ON r.case_id = s.id"
            + " WHERE s.status <> 'CLOSED' AND r.outcome IS NULL",
        LocalDate.MAX,
        limit);
  }

  /**
   * Latest submitted versions waiting for the viewer's sign-off: submitted by someone the viewer
   * manages. {@code dueOn} is the day it was submitted, {@code what} who submitted it.
   */
  Found<Row> awaitingMySignOff(Scope scope, int limit) {
    return items(
        scope,
        "SELECT "
            + ITEM_COLUMNS
            + ", NULL::uuid AS item_id, v.submitted_by_name AS what, v.number,"
            + " (v.submitted_at AT TIME ZONE :zone)::date AS due_on"
            + " FROM scoped s JOIN assessment a ON a.case_id = s.id"
            + " JOIN assessment_version v ON v.assessment_id = a.id"
            + " WHERE v.signed_off_at IS NULL AND v.submitted_by <> :viewer AND "
            + access.managedByViewerClause("v.submitted_by")
            + " AND v.number = (SELECT max(x.number) FROM assessment_version x"
            + " WHERE x.assessment_id = a.id)",
        LocalDate.MAX,
        limit);
  }

  /**
   * Closed cases whose follow-up date falls between {@code from} and {@code until}, unless the
   * child has a case again.
   */
  Found<Row> followUps(Scope scope, LocalDate from, LocalDate until, int limit) {
    return items(
        scope,
        "SELECT "
            + ITEM_COLUMNS
            + ", NULL::uuid AS item_id, NULL::text AS what, NULL::int AS number,"
            + " s.follow_up_on AS due_on FROM scoped s"
            + " WHERE s.status = 'CLOSED' AND s.follow_up_on BETWEEN :followUpFrom AND :until"
            + " AND NOT EXISTS (SELECT 1 FROM cases c2 WHERE c2.child_id = s.child_id"
            + " AND c2.status <> 'CLOSED')",
        until,
        limit,
        Map.of("followUpFrom", Date.valueOf(from)));
  }

  /** One page of the active (open or stepped-down) cases in scope, most recently opened first. */
  Found<CaseRow> activeCases(Scope scope, int limit, long offset) {
    Map<String, Object> params = params(LocalDate.MAX);
    params.put("limit", limit);
    params.put("offset", offset);
    String body = " FROM scoped s LEFT JOIN plan p ON p.case_id = s.id WHERE s.status <> 'CLOSED'";
    List<CaseRow> rows =
        jdbc.sql(
                scoped(scope)
                    + "SELECT s.id, s.child_id, s.status, s.re_referral_after IS NOT NULL AS rr,"
                    + " CASE WHEN "
                    + NOT_SIGNED_OFF
                    + " THEN "
                    + ASSESSMENT_DUE
                    + " END AS assessment_due, "
                    + REVIEW_DUE
                    + " AS next_review"
                    + body
                    + " ORDER BY s.opened_at DESC, s.id LIMIT :limit OFFSET :offset")
            .params(params)
            .query(
                (rs, n) ->
                    new CaseRow(
                        rs.getObject("id", UUID.class),
                        rs.getObject("child_id", UUID.class),
                        rs.getString("status"),
                        rs.getBoolean("rr"),
                        date(rs, "assessment_due"),
                        date(rs, "next_review")))
            .list();
    long total =
        jdbc.sql(scoped(scope) + "SELECT count(*)" + body)
            .params(params)
            .query(Long.class)
            .single();
    return new Found<>(rows, total);
  }

  private Found<Row> items(Scope scope, String select, LocalDate until, int limit) {
    return items(scope, select, until, limit, Map.of());
  }

  private Found<Row> items(
      Scope scope, String select, LocalDate until, int limit, Map<String, Object> extra) {
    Map<String, Object> params = params(until);
    params.putAll(extra);
    params.put("limit", limit);
    List<Row> rows =
        jdbc.sql(
                scoped(scope)
                    + "SELECT * FROM ("
                    + select
                    + ") x ORDER BY x.due_on, x.case_id, x.item_id LIMIT :limit")
            .params(params)
            .query(DueWorkRepository::row)
            .list();
    long total =
        rows.size() < limit
            ? rows.size()
            : jdbc.sql(scoped(scope) + "SELECT count(*) FROM (" + select + ") x")
                .params(params)
                .query(Long.class)
                .single();
    return new Found<>(rows, total);
  }

  /** The cases in scope that the viewer may see, as the CTE {@code scoped}. */
  private String scoped(Scope scope) {
    return "WITH scoped AS (SELECT c.id, c.child_id, c.status, c.opened_at,"
        + " k.display_name AS key_worker_name, c.re_referral_after, c.follow_up_on"
        + " FROM cases c LEFT JOIN "
        + Teams.KEY_WORKER_VIEW
        + " k ON k.child_id = c.child_id WHERE "
        + access.visibleChildrenClause("c.child_id")
        + " AND "
        + scope.condition()
        + ") ";
  }

  private Map<String, Object> params(LocalDate until) {
    Map<String, Object> params = new HashMap<>();
    params.put(AccessPolicy.VIEWER_PARAM, access.viewerId());
    params.put("zone", DisplayDates.ZONE.getId());
    params.put("reviewInterval", plans.reviewIntervalDays());
    params.put("assessmentDays", assessments.dueWorkingDays());
    params.put("assessmentReviewDays", assessments.reviewDueWorkingDays());
    params.put("until", Date.valueOf(until.isAfter(FAR) ? FAR : until));
    return params;
  }

  private static final LocalDate FAR = LocalDate.of(9999, 12, 31);

  private static Row row(ResultSet rs, int n) throws SQLException {
    int number = rs.getInt("number");
    boolean noNumber = rs.wasNull();
    return new Row(
        rs.getObject("case_id", UUID.class),
        rs.getObject("child_id", UUID.class),
        rs.getString("key_worker_name"),
        rs.getBoolean("re_referral"),
        rs.getObject("item_id", UUID.class),
        rs.getString("what"),
        noNumber ? null : number,
        date(rs, "due_on"));
  }

  private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
