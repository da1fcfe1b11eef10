package uk.harbour.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.BatchedReads;

/**
 * The {@code audit_event} table: appends events to the hash chain and reads them back. It never
 * updates or deletes; the application's database role could not if it tried.
 */
@Repository
class AuditLogRepository {

  /**
   * Key of the PostgreSQL advisory lock that serializes writers, so that the order in which events
   * commit is the order of the chain. The value spells "HARBAUDT" in ASCII.
   */
  static final long CHAIN_LOCK = 0x4841524241554454L;

  private final JdbcClient jdbc;
  private final JdbcOperations jdbcOperations;

  AuditLogRepository(JdbcClient jdbc, JdbcOperations jdbcOperations) {
    this.jdbc = jdbc;
    this.jdbcOperations = jdbcOperations;
  }

  /**
   * Links the event to the last one and inserts it, in one call to the database function {@code
   * append_audit_event} (migrations V7_10 and V7_51): it takes the chain lock, reads the last
   * event, hashes this one and inserts it, so the lock is held for one round trip and the commit.
   * Must run inside the caller's transaction: the lock is held until that transaction ends, so the
   * next writer reads this event as the last one only once it has committed (or finds it gone if it
   * rolled back). The hash the database wrote is checked against {@link AuditHash}, the definition;
   * if they ever differ the append fails, and with it the caller's work.
   *
   * @param event the event's fields; its seq, prevHash and hash are ignored
   * @return the event as stored
   */
  StoredEvent append(StoredEvent event) {
    StoredEvent stored =
        jdbc.sql(APPEND)
            .paramSource(appendParameters(event))
            .query((rs, n) -> chained(event, rs))
            .single();
    return checked(stored);
  }

  /**
   * Appends several events in this order, as {@link #append} does each, sending every call at once
   * (one round trip for the group): the audit writer's events waiting together.
   */
  List<StoredEvent> appendAll(List<StoredEvent> events) {
    BatchedReads calls = new BatchedReads(jdbcOperations);
    List<BatchedReads.Result<StoredEvent>> results = new java.util.ArrayList<>();
    for (StoredEvent event : events) {
      results.add(
          calls.add(APPEND, appendParameters(event).getValues(), (rs, n) -> chained(event, rs)));
    }
    calls.run();
    return results.stream().map(r -> checked(r.optional().orElseThrow())).toList();
  }

  private static final String APPEND =
      """
      SELECT seq, prev_hash, hash
        FROM append_audit_event(:id, :occurredAt, :userId, :username, :agencyId,
                                :agencyName, :roles, :action, :recordType, :recordId,
                                :outcome, :ipAddress, :sessionRef, :reason, :detail,
                                :childIds)
      """;

  private static MapSqlParameterSource appendParameters(StoredEvent event) {
    return new MapSqlParameterSource()
        .addValue("id", event.id())
        .addValue("occurredAt", OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC))
        .addValue("userId", event.userId())
        .addValue("username", event.username())
        .addValue("agencyId", event.agencyId())
        .addValue("agencyName", event.agencyName())
        .addValue("roles", event.roles())
        .addValue("action", event.action())
        .addValue("recordType", event.recordType())
        .addValue("recordId", event.recordId())
        .addValue("outcome", event.outcome())
        .addValue("ipAddress", event.ipAddress())
        .addValue("sessionRef", event.sessionRef())
        .addValue("reason", event.reason())
        .addValue("detail", event.detail())
        .addValue("childIds", event.childIds());
  }

  private static StoredEvent chained(StoredEvent event, java.sql.ResultSet rs)
      throws java.sql.SQLException {
    return withChain(event, rs.getLong("seq"), rs.getString("prev_hash"), rs.getString("hash"));
  }

  /** The event as stored, if the database hashed it as {@link AuditHash} (the definition) does. */
  private static StoredEvent checked(StoredEvent stored) {
    String expected = AuditHash.of(withChain(stored, stored.seq(), stored.prevHash(), null));
    if (!expected.equals(stored.hash())) {
      throw new IllegalStateException(
          "The database hashed audit event seq=" + stored.seq() + " differently from AuditHash");
    }
    return stored;
  }

  /**
   * Indexes the event under each child it is about, for "who has seen this record". The rows are
   * append-only like the events (the application role may not change or delete them) and follow
   * from the event itself: its {@code child_ids} and, for a child's record, its record id.
   */
  void indexChildren(long seq, java.util.Collection<java.util.UUID> children) {
    if (children.isEmpty()) {
      return;
    }
    String[] ids = children.stream().map(java.util.UUID::toString).toArray(String[]::new);
    jdbc.sql(
            "INSERT INTO audit_event_child (child_id, seq)"
                + " SELECT DISTINCT unnest(?::uuid[]), ?")
        .params(ids, seq)
        .update();
  }

  /** Indexes each event {@code seqs[i]} under the child {@code children[i]}, in one statement. */
  void indexChildren(List<java.util.UUID> children, List<Long> seqs) {
    if (children.isEmpty()) {
      return;
    }
    jdbc.sql(
            "INSERT INTO audit_event_child (child_id, seq)"
                + " SELECT * FROM unnest(?::uuid[], ?::bigint[]) ON CONFLICT DO NOTHING")
        .params(
            children.stream().map(java.util.UUID::toString).toArray(String[]::new),
            seqs.toArray(Long[]::new))
        .update();
  }

  /**
   * Takes the chain lock for the rest of the caller's transaction and reads the last event's seq
   * and hash, if there is one: the first step of each bulk backfill batch.
   */
  Optional<Link> lockAndReadLast() {
    jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().listOfRows();
    return jdbc.sql("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
        .query((rs, n) -> new Link(rs.getLong("seq"), rs.getString("hash")))
        .optional();
  }

  /** Up to {@code limit} events with seq above {@code afterSeq} and at most {@code maxSeq}. */
  List<StoredEvent> batch(long afterSeq, long maxSeq, int limit) {
    return jdbc.sql(
            "SELECT "
                + StoredEvent.COLUMNS
                + " FROM audit_event WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?")
        .params(afterSeq, maxSeq, limit)
        .query(StoredEvent::map)
        .list();
  }

  /** The last event's seq and hash, if there is one (no lock: for a checkpoint). */
  Optional<Link> last() {
    return jdbc.sql("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
        .query((rs, n) -> new Link(rs.getLong("seq"), rs.getString("hash")))
        .optional();
  }

  long lastSeq() {
    return jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit_event").query(Long.class).single();
  }

  static StoredEvent withChain(StoredEvent e, long seq, String prevHash, String hash) {
    return new StoredEvent(
        seq,
        e.id(),
        e.occurredAt(),
        e.userId(),
        e.username(),
        e.agencyId(),
        e.agencyName(),
        e.roles(),
        e.action(),
        e.recordType(),
        e.recordId(),
        e.outcome(),
        e.ipAddress(),
        e.sessionRef(),
        e.reason(),
        e.detail(),
        prevHash,
        hash,
        e.childIds());
  }

  /** The seq and hash of the event the next one links to. */
  record Link(long seq, String hash) {}
}
