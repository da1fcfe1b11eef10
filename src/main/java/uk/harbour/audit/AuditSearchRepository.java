package uk.harbour.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads audit events for people to look at: newest first, a page at a time. */
@Repository
class AuditSearchRepository {

  private static final String NEWEST_FIRST = " ORDER BY occurred_at DESC, seq DESC";

  private final JdbcClient jdbc;

  AuditSearchRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Up to {@code limit} matching events, newest first, after {@code after} (from the newest when it
   * is null). Each call is one range of an index: by username, record, action or time.
   */
  List<StoredEvent> search(AuditQuery query, @Nullable StoredEvent after, int limit) {
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    Map<String, Object> params = new HashMap<>();
    condition(where, params, "username = :username", "username", query.username());
    condition(where, params, "action = :action", "action", query.action());
    condition(where, params, "record_type = :recordType", "recordType", query.recordType());
    condition(where, params, "record_id = :recordId", "recordId", query.recordId());
    condition(where, params, "occurred_at >= :from", "from", timestamp(query.from()));
    condition(where, params, "occurred_at < :until", "until", timestamp(query.until()));
    if (after != null) {
      where.append(
          " AND occurred_at <= :afterTime AND (occurred_at < :afterTime OR seq < :afterSeq)");
      params.put("afterTime", timestamp(after.occurredAt()));
      params.put("afterSeq", after.seq());
    }
    params.put("limit", limit);
    return jdbc.sql(
            "SELECT "
                + StoredEvent.COLUMNS
                + " FROM audit_event"
                + where
                + NEWEST_FIRST
                + " LIMIT :limit")
        .params(params)
        .query(StoredEvent::map)
        .list();
  }

  /**
   * Up to {@code limit} of one child's events that match, newest first (in seq order, which is
   * commit order), after {@code after}: one range of audit_event_child's primary key.
   */
  List<StoredEvent> forChild(
      java.util.UUID child, ChildLogQuery query, @Nullable StoredEvent after, int limit) {
    StringBuilder where = new StringBuilder(" WHERE x.child_id = :child");
    Map<String, Object> params = new HashMap<>();
    params.put("child", child);
    condition(where, params, "e.user_id = :userId", "userId", query.userId());
    condition(where, params, "e.action = :action", "action", query.action());
    condition(where, params, "e.occurred_at >= :from", "from", timestamp(query.from()));
    condition(where, params, "e.occurred_at < :until", "until", timestamp(query.until()));
    if (after != null) {
      where.append(" AND x.seq < :afterSeq");
      params.put("afterSeq", after.seq());
    }
    params.put("limit", limit);
    return jdbc.sql(
            "SELECT "
                + prefixed("e.")
                + " FROM audit_event_child x JOIN audit_event e ON e.seq = x.seq"
                + where
                + " ORDER BY x.seq DESC LIMIT :limit")
        .params(params)
        .query(StoredEvent::map)
        .list();
  }

  /** The people who appear in a child's log (by user id), for its "person" filter. */
  List<java.util.UUID> peopleInChildLog(java.util.UUID child) {
    return jdbc.sql(
            "SELECT DISTINCT e.user_id FROM audit_event_child x JOIN audit_event e ON e.seq = x.seq"
                + " WHERE x.child_id = ? AND e.user_id IS NOT NULL")
        .param(child)
        .query(java.util.UUID.class)
        .list();
  }

  private static void condition(
      StringBuilder where,
      Map<String, Object> params,
      String sql,
      String name,
      @Nullable Object value) {
    if (value != null) {
      where.append(" AND ").append(sql);
      params.put(name, value);
    }
  }

  private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
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
