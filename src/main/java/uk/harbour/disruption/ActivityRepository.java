package uk.harbour.disruption;

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
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.intelligence.EntityId;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/**
 * Disruption activities and the children they are linked to. Who may see an activity is decided
 * inside the query ({@link Viewer#clause}): the police intelligence unit and analysts, the lead
 * officer, and the key workers and team managers of a linked child.
 */
@Repository
class ActivityRepository {

  private static final String SELECT =
      """
      SELECT a.id, a.target_id, a.tactic_id, t.name AS tactic_name, a.lead_agency, a.lead_officer,
             u.display_name AS lead_officer_name, a.proposed_on, a.approved_on, a.applied_on,
             a.served_on, a.expires_on, a.conditions, a.outcome, a.outcome_notes,
             a.victims_views_considered,
             a.victims_views, a.version, a.updated_at, a.updated_by_name,
             (SELECT string_agg(dc.child_id::text, ',' ORDER BY dc.child_id)
                FROM disruption_activity_child dc WHERE dc.activity_id = a.id) AS children
        FROM disruption_activity a
        JOIN disruption_tactic t ON t.id = a.tactic_id
        JOIN app_user u ON u.id = a.lead_officer
      """;

  /**
   * Who is asking, for the rule inside the query.
   *
   * @param intelligence whether they are in the police intelligence unit or an analyst
   * @param manager whether they are a team manager
   */
  record Viewer(UUID id, boolean intelligence, boolean manager) {

    /**
     * The condition on {@code a} (an activity row) that keeps what this viewer may see; {@code
     * visible} and {@code managed} are the access policy's clauses on {@code dc.child_id}.
     */
    static String clause(String visible, String managed) {
      return "(:intelligence OR a.lead_officer = :viewer OR EXISTS ("
          + " SELECT 1 FROM disruption_activity_child dc WHERE dc.activity_id = a.id AND ("
          + " EXISTS (SELECT 1 FROM team_member tm WHERE tm.child_id = dc.child_id"
          + " AND tm.user_id = :viewer AND tm.team_role = 'KEY_WORKER')"
          + " OR (:manager AND "
          + managed
          + " AND "
          + visible
          + "))))";
    }
  }

  private final JdbcClient jdbc;

  private final org.springframework.jdbc.core.JdbcOperations jdbcOperations;

  ActivityRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcOperations jdbcOperations) {
    this.jdbc = jdbc;
    this.jdbcOperations = jdbcOperations;
  }

  /** Reads to send together in one round trip. */
  uk.harbour.shared.BatchedReads batch() {
    return new uk.harbour.shared.BatchedReads(jdbcOperations);
  }

  Optional<Activity> find(DisruptionId id) {
    return jdbc.sql(SELECT + " WHERE a.id = ?")
        .param(id.value())
        .query(ActivityRepository::activity)
        .optional();
  }

  boolean mayView(DisruptionId id, Viewer viewer, String clause) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM disruption_activity a WHERE a.id = :id AND "
                + clause
                + ")")
        .param("id", id.value())
        .params(viewerParams(viewer))
        .query(Boolean.class)
        .single();
  }

  /**
   * The activities the viewer may see, those expiring soonest first, at most {@code limit}, each
   * with the words naming its target ({@code labelColumn}, the intelligence module's SQL for it).
   */
  List<Linked> visible(Viewer viewer, String clause, String labelColumn, int limit) {
    return jdbc.sql(
            SELECT.replaceFirst("SELECT ", "SELECT " + labelColumn + " AS target_label, ")
                + " WHERE "
                + clause
                + " ORDER BY a.expires_on NULLS LAST, a.proposed_on DESC, a.id LIMIT :limit")
        .params(viewerParams(viewer))
        .param("limit", limit)
        .query((rs, n) -> new Linked(activity(rs, n), true, rs.getString("target_label")))
        .list();
  }

  /**
   * Adds to {@code reads} the activities linked to the child, newest proposal first, each with the
   * words naming its target ({@code labelColumn}, the intelligence module's SQL for it) and whether
   * the viewer may open it: part of the plan page's one round trip.
   */
  java.util.function.Supplier<List<Linked>> forChild(
      uk.harbour.shared.BatchedReads reads,
      ChildId child,
      Viewer viewer,
      String clause,
      String labelColumn) {
    Map<String, @Nullable Object> params = viewerParams(viewer);
    params.put("child", child.value());
    var rows =
        reads.add(
            SELECT.replaceFirst(
                    "SELECT ",
                    "SELECT (" + clause + ") AS may_open, " + labelColumn + " AS target_label, ")
                + " WHERE a.id IN (SELECT activity_id FROM disruption_activity_child"
                + " WHERE child_id = :child) ORDER BY a.proposed_on DESC, a.id",
            params,
            (rs, n) ->
                new Linked(
                    activity(rs, n), rs.getBoolean("may_open"), rs.getString("target_label")));
    return rows::rows;
  }

  /** An activity linked to a child, and whether the viewer may open it. */
  record Linked(Activity activity, boolean mayOpen, @Nullable String targetLabel) {}

  void insert(DisruptionId id, EntityId target, Activity.Change c, Instant now, String by) {
    jdbc.sql(
            """
            INSERT INTO disruption_activity (id, target_id, tactic_id, lead_agency, lead_officer,
                   proposed_on, approved_on, applied_on, served_on, expires_on, conditions,
                   outcome, outcome_notes, victims_views_considered, victims_views, version,
                   created_at, created_by_name, updated_at, updated_by_name)
            VALUES (:id, :target, :tactic, :agency, :lead, :proposed, :approved, :applied,
                    :served, :expires, :conditions, :outcome, :outcomeNotes, :considered, :views,
                    1, :now, :by, :now, :by)
            """)
        .param("id", id.value())
        .param("target", target.value())
        .params(changeParams(c))
        .param("now", Timestamp.from(now))
        .param("by", by)
        .update();
    replaceChildren(id, c.children());
  }

  /** Saves the change if the activity is still at {@code version}; false if it is not. */
  boolean update(DisruptionId id, int version, Activity.Change c, Instant now, String by) {
    int rows =
        jdbc.sql(
                """
                UPDATE disruption_activity SET tactic_id = :tactic, lead_agency = :agency,
                       lead_officer = :lead, proposed_on = :proposed, approved_on = :approved,
                       applied_on = :applied, served_on = :served, expires_on = :expires,
                       conditions = :conditions, outcome = :outcome,
                       outcome_notes = :outcomeNotes, victims_views_considered = :considered, victims_views = :views,
                       version = version + 1, updated_at = :now, updated_by_name = :by
                 WHERE id = :id AND version = :version
                """)
            .params(changeParams(c))
            .param("now", Timestamp.from(now))
            .param("by", by)
            .param("id", id.value())
            .param("version", version)
            .update();
    if (rows == 1) {
      replaceChildren(id, c.children());
    }
    return rows == 1;
  }

  /** Marks the activity changed (a breach was added), so an open form of it is stale. */
  void touch(DisruptionId id, Instant now, String by) {
    jdbc.sql(
            "UPDATE disruption_activity SET version = version + 1, updated_at = ?,"
                + " updated_by_name = ? WHERE id = ?")
        .params(Timestamp.from(now), by, id.value())
        .update();
  }

  private void replaceChildren(DisruptionId id, List<ChildId> children) {
    jdbc.sql("DELETE FROM disruption_activity_child WHERE activity_id = ?")
        .param(id.value())
        .update();
    for (ChildId child : children) {
      jdbc.sql("INSERT INTO disruption_activity_child (activity_id, child_id) VALUES (?, ?)")
          .params(id.value(), child.value())
          .update();
    }
  }

  List<Activity.Breach> breaches(DisruptionId id) {
    return jdbc.sql(
            "SELECT id, occurred_on, what_happened, what_followed, recorded_by_name"
                + " FROM disruption_breach WHERE activity_id = ? ORDER BY occurred_on, recorded_at")
        .param(id.value())
        .query(
            (rs, n) ->
                new Activity.Breach(
                    rs.getObject("id", UUID.class),
                    rs.getDate("occurred_on").toLocalDate(),
                    rs.getString("what_happened"),
                    FollowUp.valueOf(rs.getString("what_followed")),
                    rs.getString("recorded_by_name")))
        .list();
  }

  void addBreach(
      DisruptionId id,
      LocalDate on,
      String whatHappened,
      FollowUp followed,
      Instant now,
      String by) {
    jdbc.sql(
            """
            INSERT INTO disruption_breach (id, activity_id, occurred_on, what_happened,
                   what_followed, recorded_at, recorded_by_name)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            UUID.randomUUID(),
            id.value(),
            Date.valueOf(on),
            whatHappened,
            followed.name(),
            Timestamp.from(now),
            by)
        .update();
  }

  private static Map<String, @Nullable Object> viewerParams(Viewer viewer) {
    Map<String, @Nullable Object> p = new LinkedHashMap<>();
    p.put("viewer", viewer.id());
    p.put("intelligence", viewer.intelligence());
    p.put("manager", viewer.manager());
    return p;
  }

  private static Map<String, @Nullable Object> changeParams(Activity.Change c) {
    Map<String, @Nullable Object> p = new LinkedHashMap<>();
    p.put("tactic", c.tacticId());
    p.put("agency", c.leadAgency());
    p.put("lead", c.leadOfficer().value());
    p.put("proposed", date(c.dates().proposed()));
    p.put("approved", date(c.dates().approved()));
    p.put("applied", date(c.dates().appliedFor()));
    p.put("served", date(c.dates().served()));
    p.put("expires", date(c.dates().expires()));
    p.put("conditions", c.conditions());
    p.put("outcome", c.outcome() == null ? null : c.outcome().name());
    p.put("outcomeNotes", c.outcomeNotes());
    p.put("considered", c.victimsViewsConsidered());
    p.put("views", c.victimsViews());
    return p;
  }

  private static @Nullable Date date(@Nullable LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  private static @Nullable LocalDate local(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  static Activity activity(ResultSet rs, int n) throws SQLException {
    String children = rs.getString("children");
    List<ChildId> linked = new ArrayList<>();
    if (children != null) {
      for (String id : children.split(",")) {
        linked.add(new ChildId(UUID.fromString(id)));
      }
    }
    String outcome = rs.getString("outcome");
    return new Activity(
        new DisruptionId(rs.getObject("id", UUID.class)),
        new EntityId(rs.getObject("target_id", UUID.class)),
        rs.getObject("tactic_id", UUID.class),
        rs.getString("tactic_name"),
        rs.getString("lead_agency"),
        new UserId(rs.getObject("lead_officer", UUID.class)),
        rs.getString("lead_officer_name"),
        new Activity.Dates(
            rs.getDate("proposed_on").toLocalDate(),
            local(rs, "approved_on"),
            local(rs, "applied_on"),
            local(rs, "served_on"),
            local(rs, "expires_on")),
        rs.getString("conditions"),
        outcome == null ? null : Outcome.valueOf(outcome),
        rs.getString("outcome_notes"),
        rs.getBoolean("victims_views_considered"),
        rs.getString("victims_views"),
        List.copyOf(linked),
        rs.getInt("version"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by_name"));
  }
}
