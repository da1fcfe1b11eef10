package uk.harbour.language;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.DisplayDates;

/** Finding events for the learning view: entry, month, agency, manager, outcome; no text. */
@Repository
class FindingEvents {

  /** One row of the learning view. */
  record Count(LocalDate month, String team, String entryId, long kept, long changed) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  FindingEvents(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void record(String entryId, UUID agencyId, UUID managerId, FindingOutcome outcome) {
    LocalDate month = LocalDate.ofInstant(clock.instant(), DisplayDates.ZONE).withDayOfMonth(1);
    jdbc.sql(
            """
            INSERT INTO language_finding_event (entry_id, month, agency_id, manager_id, outcome)
            VALUES (:entry, :month, :agency, :manager, :outcome)
            """)
        .param("entry", entryId)
        .param("month", month)
        .param("agency", agencyId)
        .param("manager", managerId)
        .param("outcome", outcome.name())
        .update();
  }

  /** Counts for the people this manager manages, by month and entry. */
  List<Count> forManager(UUID managerId) {
    return counts("e.manager_id = :who", managerId);
  }

  /** Counts for every agency, by month, agency and entry. */
  List<Count> byAgency() {
    return counts("TRUE", null);
  }

  private List<Count> counts(String where, UUID who) {
    var spec =
        jdbc.sql(
            """
            SELECT e.month, a.name AS team, e.entry_id,
                   count(*) FILTER (WHERE e.outcome = 'KEPT') AS kept,
                   count(*) FILTER (WHERE e.outcome = 'CHANGED') AS changed
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
                new Count(
                    rs.getObject("month", LocalDate.class),
                    rs.getString("team"),
                    rs.getString("entry_id"),
                    rs.getLong("kept"),
                    rs.getLong("changed")))
        .list();
  }
}
