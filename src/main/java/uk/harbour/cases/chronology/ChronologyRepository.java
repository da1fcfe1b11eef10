package uk.harbour.cases.chronology;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.cases.CaseId;
import uk.harbour.shared.BatchedReads;

/** The chronology_entry table. */
@Repository
class ChronologyRepository {

  private static final String COLUMNS =
      "id, kind, occurred_on, occurred_at, summary, significance, source, link, recorded_at,"
          + " recorded_by_name, young_person_view, young_person_view_at,"
          + " young_person_view_by_name, version";

  private final JdbcClient jdbc;
  private final JdbcOperations jdbcOperations;

  ChronologyRepository(JdbcClient jdbc, JdbcOperations jdbcOperations) {
    this.jdbc = jdbc;
    this.jdbcOperations = jdbcOperations;
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

  /** How many entries match the filter. */
  long count(CaseId caseId, ChronologyFilter filter) {
    Map<String, Object> params = new HashMap<>();
    return jdbc.sql("SELECT count(*) FROM chronology_entry WHERE " + where(caseId, filter, params))
        .params(params)
        .query(Long.class)
        .single();
  }

  /** How many entries match the filter, and one page of them, newest first. */
  record Counted(long total, List<ChronologyEntry> entries) {}

  /**
   * One page of the entries matching the filter, newest first, and how many match: one round trip.
   */
  Counted page(CaseId caseId, ChronologyFilter filter, long offset, int limit) {
    Map<String, Object> params = new HashMap<>();
    String where = where(caseId, filter, params);
    params.put("limit", limit);
    params.put("offset", offset);
    BatchedReads reads = new BatchedReads(jdbcOperations);
    BatchedReads.Result<Long> total =
        reads.add(
            "SELECT count(*) FROM chronology_entry WHERE " + where,
            params,
            (rs, n) -> rs.getLong(1));
    BatchedReads.Result<ChronologyEntry> entries =
        reads.add(
            "SELECT "
                + COLUMNS
                + " FROM chronology_entry WHERE "
                + where
                + NEWEST_FIRST
                + " LIMIT :limit OFFSET :offset",
            params,
            (rs, n) -> map(rs));
    reads.run();
    return new Counted(total.optional().orElse(0L), entries.rows());
  }

  /**
   * Every entry matching the filter, newest first, read {@code batchSize} at a time as the caller
   * iterates (keyset paging: memory stays constant, and no entry is skipped or repeated). Each
   * batch applies the access policy again inside its query ({@code visibility} is the policy's
   * clause over the case's child, {@code viewer} the id it binds), because the batches are read
   * after the caller's own checks, while the page or PDF is being written.
   */
  Iterable<ChronologyEntry> all(
      CaseId caseId, ChronologyFilter filter, String visibility, UUID viewer, int batchSize) {
    return () -> new Batches(caseId, filter, visibility, viewer, batchSize);
  }

  private static final String NEWEST_FIRST =
      " ORDER BY occurred_on DESC, coalesce(occurred_at, recorded_at) DESC, id DESC";

  /** Reads the next batch when the current one runs out. */
  private final class Batches implements Iterator<ChronologyEntry> {

    private final CaseId caseId;
    private final ChronologyFilter filter;
    private final String visibility;
    private final UUID viewer;
    private final int batchSize;
    private Iterator<ChronologyEntry> current = Collections.emptyIterator();
    private ChronologyEntry last;
    private boolean exhausted;

    Batches(CaseId caseId, ChronologyFilter filter, String visibility, UUID viewer, int batchSize) {
      this.caseId = caseId;
      this.filter = filter;
      this.visibility = visibility;
      this.viewer = viewer;
      this.batchSize = batchSize;
    }

    @Override
    public boolean hasNext() {
      if (!current.hasNext() && !exhausted) {
        List<ChronologyEntry> batch = after(last);
        exhausted = batch.size() < batchSize;
        current = batch.iterator();
      }
      return current.hasNext();
    }

    @Override
    public ChronologyEntry next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      last = current.next();
      return last;
    }

    private List<ChronologyEntry> after(ChronologyEntry previous) {
      Map<String, Object> params = new HashMap<>();
      StringBuilder sql =
          new StringBuilder("SELECT ")
              .append(COLUMNS)
              .append(" FROM chronology_entry WHERE ")
              .append(where(caseId, filter, params))
              .append(" AND case_id IN (SELECT c.id FROM cases c WHERE ")
              .append(visibility)
              .append(")");
      params.put(AccessPolicy.VIEWER_PARAM, viewer);
      if (previous != null) {
        sql.append(
            " AND (occurred_on, coalesce(occurred_at, recorded_at), id)"
                + " < (:afterOn, :afterAt, :afterId)");
        params.put("afterOn", Date.valueOf(previous.occurredOn()));
        params.put(
            "afterAt",
            Timestamp.from(
                previous.occurredAt() != null ? previous.occurredAt() : previous.recordedAt()));
        params.put("afterId", previous.id());
      }
      sql.append(NEWEST_FIRST).append(" LIMIT :limit");
      params.put("limit", batchSize);
      return jdbc.sql(sql.toString()).params(params).query((rs, n) -> map(rs)).list();
    }
  }

  /** The filter as a condition on chronology_entry, adding its named parameters. */
  private static String where(CaseId caseId, ChronologyFilter filter, Map<String, Object> params) {
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
