package uk.harbour.cases.chronology;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.cases.CaseId;
import uk.harbour.shared.BatchedReads;

/** The chronology_entry table. */
@Repository
class ChronologyRepository {

  static final String COLUMNS =
      "id, kind, occurred_on, occurred_at, summary, significance, source, link, recorded_at,"
          + " recorded_by_name, young_person_view, young_person_view_at,"
          + " young_person_view_by_name, version, status, changed_at, changed_by,"
          + " changed_by_name, change_reason,"
          + " EXISTS (SELECT 1 FROM chronology_note n WHERE n.entry_id = chronology_entry.id)"
          + " AS has_notes";

  /** Kinds the "leave out record-keeping" filter leaves out, as an SQL list. */
  private static final String RECORD_KEEPING =
      java.util.Arrays.stream(EntryKind.values())
          .filter(EntryKind::recordKeeping)
          .map(k -> "'" + k.name() + "'")
          .collect(java.util.stream.Collectors.joining(", "));

  private final JdbcClient jdbc;
  private final JdbcOperations jdbcOperations;
  private final AmendmentRepository amendments;

  ChronologyRepository(
      JdbcClient jdbc, JdbcOperations jdbcOperations, AmendmentRepository amendments) {
    this.jdbc = jdbc;
    this.jdbcOperations = jdbcOperations;
    this.amendments = amendments;
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

  /** Whether this user wrote this entry of the case (a form submitted twice finds it there). */
  boolean writtenBy(CaseId caseId, UUID entryId, UUID user) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM chronology_entry WHERE case_id = ? AND id = ?"
                + " AND kind = 'MANUAL' AND recorded_by = ?)")
        .params(caseId.value(), entryId, user)
        .query(Boolean.class)
        .single();
  }

  /** How many entries match the filter. */
  long count(CaseId caseId, ChronologyFilter filter) {
    Map<String, Object> params = new HashMap<>();
    return jdbc.sql("SELECT count(*) FROM chronology_entry WHERE " + where(caseId, filter, params))
        .params(params)
        .query(Long.class)
        .single();
  }

  /**
   * One page of the entries matching the filter, in this order, how many match, and the page's
   * earlier wordings and notes.
   */
  record Counted(
      long total,
      List<ChronologyEntry> entries,
      Map<UUID, List<EarlierVersion>> earlier,
      Map<UUID, List<EntryNote>> notes) {}

  /** {@link Counted}, read in one round trip. */
  Counted page(
      CaseId caseId, ChronologyFilter filter, ChronologyOrder order, long offset, int limit) {
    Map<String, Object> params = new HashMap<>();
    String where = where(caseId, filter, params);
    params.put("limit", limit);
    params.put("offset", offset);
    String onPage =
        " FROM chronology_entry WHERE " + where + orderBy(order) + " LIMIT :limit OFFSET :offset";
    BatchedReads reads = new BatchedReads(jdbcOperations);
    BatchedReads.Result<Long> total =
        reads.add(
            "SELECT count(*) FROM chronology_entry WHERE " + where,
            params,
            (rs, n) -> rs.getLong(1));
    BatchedReads.Result<ChronologyEntry> entries =
        reads.add("SELECT " + COLUMNS + onPage, params, (rs, n) -> map(rs));
    var earlier = amendments.earlier(reads, "SELECT id" + onPage, params);
    var notes = amendments.notes(reads, "SELECT id" + onPage, params);
    reads.run();
    return new Counted(total.optional().orElse(0L), entries.rows(), earlier.get(), notes.get());
  }

  /**
   * Every entry matching the filter, in this order, read {@code batchSize} at a time as the caller
   * iterates (keyset paging: memory stays constant, and no entry is skipped or repeated). Each
   * batch applies the access policy again inside its query ({@code visibility} is the policy's
   * clause over the case's child, {@code viewer} the id it binds), because the batches are read
   * after the caller's own checks, while the page or PDF is being written. {@code details} adds
   * earlier wordings and notes to each batch.
   */
  Iterable<ChronologyEntry> all(
      CaseId caseId,
      ChronologyFilter filter,
      ChronologyOrder order,
      Access access,
      int batchSize,
      UnaryOperator<List<ChronologyEntry>> details) {
    return () ->
        new EntryBatches(
            previous -> batchAfter(caseId, filter, order, access, batchSize, previous),
            batchSize,
            details);
  }

  /** One batch for {@link #all}: the entries after {@code previous}, or the first ones. */
  private List<ChronologyEntry> batchAfter(
      CaseId caseId,
      ChronologyFilter filter,
      ChronologyOrder order,
      Access access,
      int batchSize,
      @Nullable ChronologyEntry previous) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(COLUMNS)
            .append(" FROM chronology_entry WHERE ")
            .append(where(caseId, filter, params))
            .append(" AND case_id IN (SELECT c.id FROM cases c WHERE ")
            .append(access.visibility())
            .append(")");
    params.put(AccessPolicy.VIEWER_PARAM, access.viewer());
    if (previous != null) {
      sql.append(" AND (occurred_on, coalesce(occurred_at, recorded_at), id)")
          .append(order == ChronologyOrder.OLDEST_FIRST ? " > " : " < ")
          .append("(:afterOn, :afterAt, :afterId)");
      params.put("afterOn", Date.valueOf(previous.occurredOn()));
      params.put(
          "afterAt",
          Timestamp.from(
              previous.occurredAt() != null ? previous.occurredAt() : previous.recordedAt()));
      params.put("afterId", previous.id());
    }
    sql.append(orderBy(order)).append(" LIMIT :limit");
    params.put("limit", batchSize);
    return jdbc.sql(sql.toString()).params(params).query((rs, n) -> map(rs)).list();
  }

  /** The access policy's clause over the case's child, and the viewer it binds. */
  record Access(String visibility, UUID viewer) {}

  static String orderBy(ChronologyOrder order) {
    String direction = order == ChronologyOrder.OLDEST_FIRST ? " ASC" : " DESC";
    return " ORDER BY occurred_on"
        + direction
        + ", coalesce(occurred_at, recorded_at)"
        + direction
        + ", id"
        + direction;
  }

  /** The filter as a condition on chronology_entry, adding its named parameters. */
  static String where(CaseId caseId, ChronologyFilter filter, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder("case_id = :caseId");
    params.put("caseId", caseId.value());
    if (filter.getKind() != null) {
      sql.append(" AND kind = :kind");
      params.put("kind", filter.getKind().name());
    }
    if (filter.getSignificance() != null) {
      sql.append(" AND significance = :significance");
      params.put("significance", filter.getSignificance().name());
    }
    if (filter.fromDate() != null) {
      sql.append(" AND occurred_on >= :fromDate");
      params.put("fromDate", Date.valueOf(filter.fromDate()));
    }
    if (filter.toDate() != null) {
      sql.append(" AND occurred_on <= :toDate");
      params.put("toDate", Date.valueOf(filter.toDate()));
    }
    if (filter.isLeaveOutRecordKeeping()) {
      // Record-keeping the young person gave their view on, or the team wrote a note on, stays.
      sql.append(" AND NOT (kind IN (")
          .append(RECORD_KEEPING)
          .append(") AND young_person_view IS NULL AND NOT EXISTS (SELECT 1 FROM chronology_note n")
          .append(" WHERE n.entry_id = chronology_entry.id))");
    }
    return sql.toString();
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

  static ChronologyEntry map(ResultSet rs) throws SQLException {
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
        rs.getInt("version"),
        change(rs),
        rs.getBoolean("has_notes"),
        List.of(),
        List.of());
  }

  /** The status and last change columns of an entry or of an earlier state of it. */
  static EntryChange change(ResultSet rs) throws SQLException {
    EntryStatus status = EntryStatus.valueOf(rs.getString("status"));
    return status == EntryStatus.CURRENT
        ? EntryChange.AS_WRITTEN
        : new EntryChange(
            status,
            instant(rs, "changed_at"),
            rs.getObject("changed_by", UUID.class),
            rs.getString("changed_by_name"),
            rs.getString("change_reason"));
  }

  static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
