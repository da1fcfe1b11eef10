package uk.harbour.language;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.DisplayDates;

/**
 * Finding events for the learning view: entry, month, agency, manager, outcome and a monthly
 * pseudonym of the practitioner (a hash of this installation's secret, their id and the month, so
 * that the view can count how many practitioners a number covers without knowing who). Never the
 * text, never the practitioner's id.
 */
@Repository
class FindingEvents {

  /** One row of the learning view, before any count is withheld. */
  record Count(
      LocalDate month,
      String team,
      String entryId,
      long shown,
      long kept,
      long changed,
      long practitioners) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private volatile String secret;

  FindingEvents(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void record(
      List<String> entryIds,
      UUID agencyId,
      UUID managerId,
      UUID practitioner,
      FindingOutcome outcome) {
    LocalDate month = LocalDate.ofInstant(clock.instant(), DisplayDates.ZONE).withDayOfMonth(1);
    String key = pseudonym(practitioner, month);
    for (String entryId : entryIds) {
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
          .param("key", key)
          .update();
    }
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
                new Count(
                    rs.getObject("month", LocalDate.class),
                    rs.getString("team"),
                    rs.getString("entry_id"),
                    rs.getLong("shown"),
                    rs.getLong("kept"),
                    rs.getLong("changed"),
                    rs.getLong("practitioners")))
        .list();
  }

  private String pseudonym(UUID practitioner, LocalDate month) {
    String installation = secret;
    if (installation == null) {
      installation =
          jdbc.sql("SELECT secret FROM language_learning_secret WHERE id = 1")
              .query(String.class)
              .single();
      secret = installation;
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash =
          sha.digest(
              (installation + ":" + practitioner + ":" + month).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
