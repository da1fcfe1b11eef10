package uk.harbour.cases.chronology;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.cases.CaseId;

/** The chronology_entry table. */
@Repository
class ChronologyRepository {

  static final int LIMIT = 1000;

  private static final String COLUMNS =
      "id, kind, occurred_on, occurred_at, summary, significance, source, link, recorded_at,"
          + " recorded_by_name, young_person_view, young_person_view_at,"
          + " young_person_view_by_name, version";

  private final JdbcClient jdbc;

  ChronologyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Adds an entry unless one with this id exists already (a double-submitted form).
   *
   * @return whether it was added
   */
  boolean insert(
      UUID id,
      CaseId caseId,
      EntryKind kind,
      LocalDate occurredOn,
      Instant occurredAt,
      String summary,
      Significance significance,
      String source,
      String link,
      Instant recordedAt,
      UUID recordedBy,
      String recordedByName) {
    return jdbc.sql(
                """
                INSERT INTO chronology_entry (id, case_id, kind, occurred_on, occurred_at,
                    summary, significance, source, link, recorded_at, recorded_by,
                    recorded_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING
                """)
            .params(
                id,
                caseId.value(),
                kind.name(),
                Date.valueOf(occurredOn),
                occurredAt == null ? null : Timestamp.from(occurredAt),
                summary,
                significance.name(),
                source,
                link,
                Timestamp.from(recordedAt),
                recordedBy,
                recordedByName)
            .update()
        == 1;
  }

  Optional<ChronologyEntry> find(CaseId caseId, UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM chronology_entry WHERE case_id = ? AND id = ?")
        .params(caseId.value(), id)
        .query((rs, n) -> map(rs))
        .optional();
  }

  /** Entries matching the filter, newest first. */
  List<ChronologyEntry> list(CaseId caseId, ChronologyFilter filter) {
    StringBuilder sql =
        new StringBuilder("SELECT " + COLUMNS + " FROM chronology_entry WHERE case_id = ?");
    List<Object> params = new ArrayList<>();
    params.add(caseId.value());
    if (filter.getKind() != null) {
      sql.append(" AND kind = ?");
      params.add(filter.getKind().name());
    }
    if (filter.getSignificance() != null) {
      sql.append(" AND significance = ?");
      params.add(filter.getSignificance().name());
    }
    if (filter.fromDate() != null) {
      sql.append(" AND occurred_on >= ?");
      params.add(Date.valueOf(filter.fromDate()));
    }
    if (filter.toDate() != null) {
      sql.append(" AND occurred_on <= ?");
      params.add(Date.valueOf(filter.toDate()));
    }
    sql.append(" ORDER BY occurred_on DESC, coalesce(occurred_at, recorded_at) DESC LIMIT ")
        .append(LIMIT);
    return jdbc.sql(sql.toString()).params(params).query((rs, n) -> map(rs)).list();
  }

  boolean addPerspective(
      CaseId caseId, UUID id, int openedVersion, String view, Instant at, String byName) {
    return jdbc.sql(
                """
                UPDATE chronology_entry SET young_person_view = ?, young_person_view_at = ?,
                       young_person_view_by_name = ?, version = version + 1
                 WHERE case_id = ? AND id = ? AND version = ?
                """)
            .params(view, Timestamp.from(at), byName, caseId.value(), id, openedVersion)
            .update()
        == 1;
  }

  private static ChronologyEntry map(ResultSet rs) throws SQLException {
    return new ChronologyEntry(
        rs.getObject("id", UUID.class),
        EntryKind.valueOf(rs.getString("kind")),
        rs.getDate("occurred_on").toLocalDate(),
        instant(rs, "occurred_at"),
        rs.getString("summary"),
        Significance.valueOf(rs.getString("significance")),
        rs.getString("source"),
        rs.getString("link"),
        instant(rs, "recorded_at"),
        rs.getString("recorded_by_name"),
        rs.getString("young_person_view"),
        instant(rs, "young_person_view_at"),
        rs.getString("young_person_view_by_name"),
        rs.getInt("version"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
