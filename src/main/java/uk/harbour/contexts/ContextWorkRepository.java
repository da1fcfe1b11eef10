package uk.harbour.contexts;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.contexts.Records.Assessment;
import uk.harbour.contexts.Records.Conference;
import uk.harbour.contexts.Records.Measure;
import uk.harbour.contexts.Records.Plan;
import uk.harbour.contexts.Records.Review;

/** A context's work: assessment versions, conferences, its plan, measures and reviews. */
@Repository
class ContextWorkRepository {

  private final JdbcClient jdbc;

  ContextWorkRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The versions of the assessment, newest first. */
  List<Assessment> assessments(ContextId context) {
    return jdbc.sql("SELECT * FROM context_assessment WHERE context_id = ? ORDER BY version DESC")
        .param(context.value())
        .query(
            (rs, n) ->
                new Assessment(
                    rs.getInt("version"),
                    rs.getString("strengths_and_needs"),
                    rs.getString("guardianship"),
                    rs.getString("environment"),
                    rs.getString("who_controls"),
                    rs.getString("weighting"),
                    rs.getTimestamp("recorded_at").toInstant(),
                    rs.getString("recorded_by_name")))
        .list();
  }

  /**
   * Adds version {@code version} of the assessment; false if someone saved that version first (the
   * primary key refuses the second).
   */
  boolean addAssessment(ContextId context, int version, String[] words, Instant now, String by) {
    return jdbc.sql(
                """
                INSERT INTO context_assessment (context_id, version, strengths_and_needs,
                       guardianship, environment, who_controls, weighting, recorded_at,
                       recorded_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """)
            .params(
                context.value(),
                version,
                words[0],
                words[1],
                words[2],
                words[3],
                words[4],
                Timestamp.from(now),
                by)
            .update()
        == 1;
  }

  void addConference(
      UUID id,
      ContextId context,
      LocalDate heldOn,
      String minutes,
      String decisions,
      List<String> invitees,
      Instant now,
      String by) {
    jdbc.sql(
            """
            INSERT INTO context_conference (id, context_id, held_on, minutes, decisions,
                   recorded_at, recorded_by_name)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id, context.value(), Date.valueOf(heldOn), minutes, decisions, Timestamp.from(now), by)
        .update();
    for (String agency : invitees) {
      jdbc.sql("INSERT INTO context_conference_invitee (conference_id, agency_name) VALUES (?, ?)")
          .params(id, agency)
          .update();
    }
  }

  List<Conference> conferences(ContextId context) {
    return jdbc.sql(
            """
            SELECT c.*, (SELECT string_agg(i.agency_name, '|' ORDER BY i.agency_name)
                           FROM context_conference_invitee i WHERE i.conference_id = c.id) AS invited
              FROM context_conference c
             WHERE c.context_id = ?
             ORDER BY c.held_on DESC, c.recorded_at DESC
            """)
        .param(context.value())
        .query(
            (rs, n) -> {
              String invited = rs.getString("invited");
              return new Conference(
                  rs.getObject("id", UUID.class),
                  rs.getDate("held_on").toLocalDate(),
                  rs.getString("minutes"),
                  rs.getString("decisions"),
                  invited == null ? List.of() : Arrays.asList(invited.split("\\|")),
                  rs.getTimestamp("recorded_at").toInstant(),
                  rs.getString("recorded_by_name"));
            })
        .list();
  }

  Optional<Plan> plan(ContextId context) {
    return jdbc.sql("SELECT * FROM context_plan WHERE context_id = ?")
        .param(context.value())
        .query(
            (rs, n) ->
                new Plan(
                    rs.getString("goals"),
                    rs.getString("responses"),
                    rs.getInt("version"),
                    rs.getTimestamp("updated_at").toInstant(),
                    rs.getString("updated_by_name")))
        .optional();
  }

  /**
   * Saves the plan as the user opened it at {@code openedVersion} (0: there was none); false if
   * someone saved it since.
   */
  boolean savePlan(
      ContextId context,
      int openedVersion,
      String goals,
      String responses,
      Instant now,
      String by) {
    if (openedVersion == 0) {
      return jdbc.sql(
                  """
                  INSERT INTO context_plan (context_id, goals, responses, version, updated_at,
                         updated_by_name)
                  VALUES (?, ?, ?, 1, ?, ?)
                  ON CONFLICT DO NOTHING
                  """)
              .params(context.value(), goals, responses, Timestamp.from(now), by)
              .update()
          == 1;
    }
    return jdbc.sql(
                """
                UPDATE context_plan SET goals = ?, responses = ?, version = version + 1,
                       updated_at = ?, updated_by_name = ?
                 WHERE context_id = ? AND version = ?
                """)
            .params(goals, responses, Timestamp.from(now), by, context.value(), openedVersion)
            .update()
        == 1;
  }

  void addMeasure(
      ContextId context, String measure, LocalDate on, String observation, Instant now, String by) {
    jdbc.sql(
            """
            INSERT INTO context_measure (id, context_id, measure, observed_on, observation,
                   recorded_at, recorded_by_name)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            UUID.randomUUID(),
            context.value(),
            measure,
            Date.valueOf(on),
            observation,
            Timestamp.from(now),
            by)
        .update();
  }

  List<Measure> measures(ContextId context) {
    return jdbc.sql(
            "SELECT * FROM context_measure WHERE context_id = ?"
                + " ORDER BY lower(measure), observed_on, recorded_at")
        .param(context.value())
        .query(
            (rs, n) ->
                new Measure(
                    rs.getObject("id", UUID.class),
                    rs.getString("measure"),
                    rs.getDate("observed_on").toLocalDate(),
                    rs.getString("observation"),
                    rs.getString("recorded_by_name")))
        .list();
  }

  void addReview(ContextId context, LocalDate on, String summary, Instant now, String by) {
    jdbc.sql(
            """
            INSERT INTO context_plan_review (id, context_id, reviewed_on, summary, recorded_at,
                   recorded_by_name)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        .params(
            UUID.randomUUID(), context.value(), Date.valueOf(on), summary, Timestamp.from(now), by)
        .update();
  }

  List<Review> reviews(ContextId context) {
    return jdbc.sql(
            "SELECT * FROM context_plan_review WHERE context_id = ?"
                + " ORDER BY reviewed_on DESC, recorded_at DESC")
        .param(context.value())
        .query(
            (rs, n) ->
                new Review(
                    rs.getObject("id", UUID.class),
                    rs.getDate("reviewed_on").toLocalDate(),
                    rs.getString("summary"),
                    rs.getString("recorded_by_name")))
        .list();
  }
}
