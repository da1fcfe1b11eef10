package uk.harbour.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads audit events for people to look at: newest first, a page at a time. */
@Repository
class AuditReader {

  private static final String NEWEST_FIRST = " ORDER BY occurred_at DESC, seq DESC";

  private final JdbcClient jdbc;

  AuditReader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Matching events, newest first: {@code limit} of them after skipping {@code offset}. */
  List<StoredEvent> search(AuditQuery query, long offset, int limit) {
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    Map<String, Object> params = new HashMap<>();
    condition(where, params, "username = :username", "username", query.username());
    condition(where, params, "record_type = :recordType", "recordType", query.recordType());
    condition(where, params, "record_id = :recordId", "recordId", query.recordId());
    condition(where, params, "occurred_at >= :from", "from", timestamp(query.from()));
    condition(where, params, "occurred_at < :until", "until", timestamp(query.until()));
    params.put("limit", limit);
    params.put("offset", offset);
    return jdbc.sql(
            "SELECT "
                + StoredEvent.COLUMNS
                + " FROM audit_event"
                + where
                + NEWEST_FIRST
                + " LIMIT :limit OFFSET :offset")
        .params(params)
        .query(StoredEvent::map)
        .list();
  }

  private static void condition(
      StringBuilder where, Map<String, Object> params, String sql, String name, Object value) {
    if (value != null) {
      where.append(" AND ").append(sql);
      params.put(name, value);
    }
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  /** Events about one record, newest first. */
  List<StoredEvent> forRecord(String recordType, String recordId, long offset, int limit) {
    return jdbc.sql(
            "SELECT "
                + StoredEvent.COLUMNS
                + " FROM audit_event WHERE record_type = ? AND record_id = ?"
                + NEWEST_FIRST
                + " LIMIT ? OFFSET ?")
        .params(recordType, recordId, limit, offset)
        .query(StoredEvent::map)
        .list();
  }

  /**
   * Events about one child, newest first: their record, and every event that named them (lists,
   * searches, their case, concerns about them). One range of audit_event_child's primary key.
   */
  List<StoredEvent> forChild(java.util.UUID child, long offset, int limit) {
    return jdbc.sql(
            "SELECT "
                + prefixed("e.")
                + " FROM audit_event_child x JOIN audit_event e ON e.seq = x.seq"
                + " WHERE x.child_id = ? ORDER BY x.seq DESC LIMIT ? OFFSET ?")
        .params(child, limit, offset)
        .query(StoredEvent::map)
        .list();
  }

  long countForChild(java.util.UUID child) {
    return jdbc.sql("SELECT count(*) FROM audit_event_child WHERE child_id = ?")
        .param(child)
        .query(Long.class)
        .single();
  }

  private static String prefixed(String alias) {
    return alias + StoredEvent.COLUMNS.replace(", ", ", " + alias);
  }

  long countForRecord(String recordType, String recordId) {
    return jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = ? AND record_id = ?")
        .params(recordType, recordId)
        .query(Long.class)
        .single();
  }
}
