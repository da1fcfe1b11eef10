package uk.harbour.language;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code language_finding_event} table, its counts for the learning view, and this
 * installation's secret for the practitioners' monthly pseudonyms.
 */
@Repository
class FindingEventRepository {

  private final JdbcClient jdbc;

  FindingEventRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(
      String entryId,
      LocalDate month,
      UUID agencyId,
      UUID managerId,
      FindingOutcome outcome,
      String practitionerKey) {
    jdbc.sql(
            """
            INSERT INTO language_finding_event
              (entry_id, month, agency_id, manager_id, outcome, practitioner_key)
            VALUES (:entry, :month, :agency, :manager, :outcome, :key)
            """)
        .param("entry", entryId)
        .param("month", month)
        .param("agency", agencyId)
        .param("manager", managerId)
        .param("outcome", outcome.name())
        .param("key", practitionerKey)
        .update();
  }

  /**
   * Counts by month, agency and entry of the events meeting {@code where}, which may use a {@code
   * :who} parameter (given when {@code who} is not null).
   */
  List<FindingEvents.Count> counts(String where, @Nullable UUID who) {
    var spec =
        jdbc.sql(
            """
            SELECT e.month, a.name AS team, e.entry_id,
                   count(*) FILTER (WHERE e.outcome = 'SHOWN') AS shown,
                   count(*) FILTER (WHERE e.outcome = 'KEPT') AS kept,
                   count(*) FILTER (WHERE e.outcome = 'CHANGED') AS changed,
                   count(DISTINCT e.practitioner_key) AS practitioners
              FROM language_finding_event e JOIN agency a ON a.id = e.agency_id
             WHERE %s
             GROUP BY e.month, a.name, e.entry_id
             ORDER BY e.month DESC, a.name, count(*) DESC, e.entry_id
             LIMIT 500
            """
                .formatted(where));
    if (who != null) {
      spec = spec.param("who", who);
    }
    return spec.query(
            (rs, n) ->
                new FindingEvents.Count(
                    rs.getObject("month", LocalDate.class),
                    rs.getString("team"),
                    rs.getString("entry_id"),
                    rs.getLong("shown"),
                    rs.getLong("kept"),
                    rs.getLong("changed"),
                    rs.getLong("practitioners")))
        .list();
  }

  /** This installation's secret for the monthly pseudonyms. */
  String secret() {
    return jdbc.sql("SELECT secret FROM language_learning_secret WHERE id = 1")
        .query(String.class)
        .single();
  }
}
