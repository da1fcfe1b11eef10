package uk.harbour.intake;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import uk.harbour.intake.Concern.ScreeningDecision;
import uk.harbour.people.Sex;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/**
 * The columns a concern is read from and how a row becomes a {@link Concern}, shared by the
 * repositories that read concerns ({@link ConcernRepository}, {@link ConcernListRepository}).
 */
final class ConcernColumns {

  static final String COLUMNS =
      """
      c.id, c.reference, c.public_reference, c.source, c.status, c.reporter_id, c.reporter_name, c.reporter_agency,
      c.name_unknown, c.given_names, c.family_name, c.other_names, c.date_of_birth,
      c.approximate_age, c.sex, c.address, c.postcode, c.school, c.description,
      c.what_happened, c.happened_on, c.happened_when, c.happened_where, c.information_source,
      c.passed_on_by, c.reliability, c.reliability_notes, c.other_children, c.action_taken,
      c.danger_now, c.reporter_kind, c.business_name, c.people_description, c.contact_name,
      c.contact_phone, c.contact_email, c.created_at, c.updated_at, c.submitted_at, c.child_id,
      c.child_reference, c.linked_at, c.version, c.intelligence_reference, c.handling_conditions,
      d.outcome, d.reasons, d.decided_by_name, d.decided_at
      """;
  static final String FROM =
      " FROM concern c LEFT JOIN screening_decision d ON d.concern_id = c.id";

  /** A query for concerns: these columns, then {@code rest} (where, order and limit). */
  static String select(String rest) {
    return "SELECT " + COLUMNS + FROM + rest;
  }

  /** Reads a row as a concern without its repeating parts and observations, as lists show it. */
  static final RowMapper<Concern> WITHOUT_PARTS = (rs, n) -> map(rs, null);

  /**
   * The concern in this row; with its repeating parts and observations read from {@code parts}, or
   * without them (empty, for lists) when {@code parts} is null.
   */
  static Concern map(ResultSet rs, @Nullable ConcernPartsRepository parts) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    AboutWhom about =
        new AboutWhom(
            rs.getBoolean("name_unknown"),
            rs.getString("given_names"),
            rs.getString("family_name"),
            rs.getString("other_names"),
            localDate(rs.getDate("date_of_birth")),
            (Integer) rs.getObject("approximate_age"),
            parse(Sex.class, rs.getString("sex")),
            rs.getString("address"),
            rs.getString("postcode"),
            rs.getString("school"),
            rs.getString("description"));
    WhatHappened happened =
        new WhatHappened(
            rs.getString("what_happened"),
            localDate(rs.getDate("happened_on")),
            rs.getString("happened_when"),
            rs.getString("happened_where"),
            parse(InformationSource.class, rs.getString("information_source")),
            rs.getString("passed_on_by"),
            parse(Reliability.class, rs.getString("reliability")),
            rs.getString("reliability_notes"),
            rs.getString("other_children"),
            rs.getString("action_taken"));
    PublicDetails publicDetails =
        new PublicDetails(
            parse(DangerNow.class, rs.getString("danger_now")),
            parse(ReporterKind.class, rs.getString("reporter_kind")),
            rs.getString("business_name"),
            rs.getString("people_description"),
            rs.getString("contact_name"),
            rs.getString("contact_phone"),
            rs.getString("contact_email"));
    ConcernDetails details =
        new ConcernDetails(
            about,
            happened,
            parts != null ? parts.connections(id) : Connections.NONE,
            parts != null ? parts.observations(id) : Map.of(),
            publicDetails);
    UUID reporter = rs.getObject("reporter_id", UUID.class);
    UUID child = rs.getObject("child_id", UUID.class);
    String outcome = rs.getString("outcome");
    String intelligence = rs.getString("intelligence_reference");
    ScreeningDecision decision =
        outcome == null
            ? null
            : new ScreeningDecision(
                ScreeningOutcome.valueOf(outcome),
                rs.getString("reasons"),
                rs.getString("decided_by_name"),
                instant(rs.getTimestamp("decided_at")));
    return new Concern(
        id,
        rs.getString("reference"),
        rs.getString("public_reference"),
        ConcernSource.valueOf(rs.getString("source")),
        ConcernStatus.valueOf(rs.getString("status")),
        reporter == null ? null : new UserId(reporter),
        rs.getString("reporter_name"),
        rs.getString("reporter_agency"),
        details,
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("updated_at")),
        instant(rs.getTimestamp("submitted_at")),
        child == null ? null : new ChildId(child),
        rs.getString("child_reference"),
        instant(rs.getTimestamp("linked_at")),
        rs.getInt("version"),
        decision,
        intelligence == null
            ? null
            : new Concern.FromIntelligence(intelligence, rs.getString("handling_conditions")));
  }

  private static @Nullable LocalDate localDate(@Nullable Date d) {
    return d == null ? null : d.toLocalDate();
  }

  private static @Nullable Instant instant(@Nullable Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }

  private ConcernColumns() {}
}
