package uk.harbour.missing;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.ChildId;

/**
 * The SSDA903 "Missing" rows of a collection year: every episode of a child whose care status is
 * looked after that was open at some time in the year, the whole local authority's (the return is
 * the authority's, not a team's: who may run it is decided by the security rule, docs/adr/024).
 * Dates are days in the UK; an episode still open at the end of the year has no end.
 */
@Repository
class Ssda903Repository {

  private final JdbcClient jdbc;

  Ssda903Repository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Ssda903Row> rows(Ssda903Year year, ZoneId zone) {
    Timestamp from = Timestamp.from(year.first().atStartOfDay(zone).toInstant());
    Timestamp to = Timestamp.from(year.last().plusDays(1).atStartOfDay(zone).toInstant());
    return jdbc.sql(
            """
            SELECT e.id, e.child_id, c.reference, c.date_of_birth, e.kind, e.start_at,
                   e.returned_at, e.how_returned, r.episode_id AS interview, r.offered_at,
                   r.outcome
              FROM missing_episode e
              JOIN child c ON c.id = e.child_id
              LEFT JOIN return_interview r ON r.episode_id = e.id
             WHERE c.care_status = 'LOOKED_AFTER'
               AND c.merged_into IS NULL
               AND e.start_at < :to
               AND (e.returned_at IS NULL OR e.returned_at >= :from)
             ORDER BY c.reference, e.start_at, e.id
            """)
        .param("from", from)
        .param("to", to)
        .query((rs, n) -> row(rs, zone, to.toInstant()))
        .list();
  }

  private static Ssda903Row row(ResultSet rs, ZoneId zone, java.time.Instant yearEnds)
      throws SQLException {
    Timestamp returned = rs.getTimestamp("returned_at");
    boolean endedInYear = returned != null && returned.toInstant().isBefore(yearEnds);
    boolean changedKind = "CHANGED_KIND".equals(rs.getString("how_returned"));
    String offered;
    String accepted;
    if (!endedInYear || changedKind) {
      // Still away at the end of the year, or not a return: no interview was due.
      offered = "NA";
      accepted = "NA";
    } else {
      String outcome = rs.getString("outcome");
      boolean offeredAt = rs.getTimestamp("offered_at") != null;
      offered = offered(rs.getString("interview") != null, offeredAt, outcome);
      accepted = accepted(outcome);
    }
    Date dob = rs.getDate("date_of_birth");
    return new Ssda903Row(
        new EpisodeId(rs.getObject("id", UUID.class)),
        new ChildId(rs.getObject("child_id", UUID.class)),
        rs.getString("reference"),
        dob == null ? null : dob.toLocalDate(),
        rs.getString("kind").strip(),
        LocalDate.ofInstant(rs.getTimestamp("start_at").toInstant(), zone),
        endedInYear ? LocalDate.ofInstant(returned.toInstant(), zone) : null,
        offered,
        accepted);
  }

  /** Y when an offer or an outcome that needs one is recorded; N when not held unoffered. */
  static @Nullable String offered(
      boolean hasInterview, boolean offeredAt, @Nullable String outcome) {
    if (!hasInterview) {
      return null;
    }
    if (offeredAt || "HELD".equals(outcome) || "DECLINED".equals(outcome)) {
      return "Y";
    }
    return "NOT_HELD".equals(outcome) ? "N" : null;
  }

  /** Y when held, N when declined or not held, unknown until an outcome is recorded. */
  static @Nullable String accepted(@Nullable String outcome) {
    if (outcome == null) {
      return null;
    }
    return "HELD".equals(outcome) ? "Y" : "N";
  }
}
