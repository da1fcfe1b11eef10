package uk.harbour.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code audit_event} table: appends events to the hash chain and reads them back. It never
 * updates or deletes; the application's database role could not if it tried.
 */
@Repository
class AuditLog {

  /**
   * Key of the PostgreSQL advisory lock that serializes writers, so that the order in which events
   * commit is the order of the chain. The value spells "HARBAUDT" in ASCII.
   */
  static final long CHAIN_LOCK = 0x4841524241554454L;

  private final JdbcClient jdbc;

  AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Links the event to the last one and inserts it. Must run inside the caller's transaction: the
   * advisory lock is held until that transaction ends, so the next writer reads this event as the
   * last one only once it has committed (or finds it gone if it rolled back).
   *
   * @param event the event's fields; its seq, prevHash and hash are ignored
   * @return the event as stored
   */
  StoredEvent append(StoredEvent event) {
    Optional<Link> last = lockAndReadLast();
    long seq = last.map(l -> l.seq() + 1).orElse(1L);
    String prevHash = last.map(Link::hash).orElse(AuditHash.GENESIS);
    StoredEvent linked = withChain(event, seq, prevHash, null);
    StoredEvent stored = withChain(event, seq, prevHash, AuditHash.of(linked));
    jdbc.sql(
            """
            INSERT INTO audit_event (seq, id, occurred_at, user_id, username, agency_id,
                                     agency_name, roles, action, record_type, record_id, outcome,
                                     ip_address, session_ref, reason, detail, prev_hash, hash)
            OVERRIDING SYSTEM VALUE
            VALUES (:seq, :id, :occurredAt, :userId, :username, :agencyId, :agencyName, :roles,
                    :action, :recordType, :recordId, :outcome, :ipAddress, :sessionRef, :reason,
                    :detail, :prevHash, :hash)
            """)
        .param("seq", stored.seq())
        .param("id", stored.id())
        .param("occurredAt", OffsetDateTime.ofInstant(stored.occurredAt(), ZoneOffset.UTC))
        .param("userId", stored.userId())
        .param("username", stored.username())
        .param("agencyId", stored.agencyId())
        .param("agencyName", stored.agencyName())
        .param("roles", stored.roles())
        .param("action", stored.action())
        .param("recordType", stored.recordType())
        .param("recordId", stored.recordId())
        .param("outcome", stored.outcome())
        .param("ipAddress", stored.ipAddress())
        .param("sessionRef", stored.sessionRef())
        .param("reason", stored.reason())
        .param("detail", stored.detail())
        .param("prevHash", stored.prevHash())
        .param("hash", stored.hash())
        .update();
    return stored;
  }

  /**
   * Takes the chain lock for the rest of the caller's transaction and reads the last event's seq
   * and hash, if there is one: the first step of every append.
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

  long lastSeq() {
    return jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit_event").query(Long.class).single();
  }

  private static StoredEvent withChain(StoredEvent e, long seq, String prevHash, String hash) {
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
        hash);
  }

  /** The seq and hash of the event the next one links to. */
  record Link(long seq, String hash) {}
}
