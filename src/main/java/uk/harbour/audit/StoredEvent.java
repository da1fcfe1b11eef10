package uk.harbour.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code audit_event} exactly as stored. Action and outcome stay text so the verifier
 * can check rows whatever they contain. {@code childIds} is the sorted, comma-separated list of the
 * children the event is about besides its own record, or {@code null} (all events written before it
 * existed, and events about no other child).
 */
record StoredEvent(
    long seq,
    UUID id,
    Instant occurredAt,
    @Nullable UUID userId,
    @Nullable String username,
    @Nullable UUID agencyId,
    @Nullable String agencyName,
    @Nullable String roles,
    String action,
    @Nullable String recordType,
    @Nullable String recordId,
    String outcome,
    @Nullable String ipAddress,
    @Nullable String sessionRef,
    @Nullable String reason,
    @Nullable String detail,
    String prevHash,
    String hash,
    @Nullable String childIds) {

  StoredEvent(
      long seq,
      UUID id,
      Instant occurredAt,
      UUID userId,
      String username,
      UUID agencyId,
      String agencyName,
      String roles,
      String action,
      String recordType,
      String recordId,
      String outcome,
      String ipAddress,
      String sessionRef,
      String reason,
      String detail,
      String prevHash,
      String hash) {
    this(
        seq,
        id,
        occurredAt,
        userId,
        username,
        agencyId,
        agencyName,
        roles,
        action,
        recordType,
        recordId,
        outcome,
        ipAddress,
        sessionRef,
        reason,
        detail,
        prevHash,
        hash,
        null);
  }

  static final String COLUMNS =
      "seq, id, occurred_at, user_id, username, agency_id, agency_name, roles, action,"
          + " record_type, record_id, outcome, ip_address, session_ref, reason, detail,"
          + " prev_hash, hash, child_ids";

  static StoredEvent map(ResultSet rs, int row) throws SQLException {
    return new StoredEvent(
        rs.getLong("seq"),
        rs.getObject("id", UUID.class),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getObject("user_id", UUID.class),
        rs.getString("username"),
        rs.getObject("agency_id", UUID.class),
        rs.getString("agency_name"),
        rs.getString("roles"),
        rs.getString("action"),
        rs.getString("record_type"),
        rs.getString("record_id"),
        rs.getString("outcome"),
        rs.getString("ip_address"),
        rs.getString("session_ref"),
        rs.getString("reason"),
        rs.getString("detail"),
        rs.getString("prev_hash"),
        rs.getString("hash"),
        rs.getString("child_ids"));
  }
}
