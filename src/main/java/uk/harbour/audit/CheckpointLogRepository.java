package uk.harbour.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code audit_checkpoint} table. Harbour adds a checkpoint only through the database function
 * {@code record_audit_checkpoint}, which runs as the owner and refuses one naming an event that
 * does not exist with that hash; the application role may not insert, change or delete rows.
 */
@Repository
class CheckpointLogRepository {

  static final String WHERE = "the audit_checkpoint table";

  private final JdbcClient jdbc;

  CheckpointLogRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(AuditCheckpoint checkpoint) {
    jdbc.sql("SELECT record_audit_checkpoint(?, ?, ?, ?)")
        .params(
            checkpoint.seq(),
            checkpoint.hash(),
            OffsetDateTime.ofInstant(checkpoint.recordedAt(), ZoneOffset.UTC),
            checkpoint.signature())
        .query(Long.class)
        .single();
  }

  /** Every checkpoint, in seq order. */
  List<AuditCheckpoint> all() {
    return jdbc.sql(
            "SELECT id, seq, hash, recorded_at, signature FROM audit_checkpoint ORDER BY seq, id")
        .query(
            (rs, n) ->
                new AuditCheckpoint(
                    rs.getLong("seq"),
                    rs.getString("hash"),
                    rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                    rs.getString("signature"),
                    WHERE + " (id " + rs.getLong("id") + ")"))
        .list();
  }

  /** The seq of the latest checkpoint in the table (seqs start at 1). */
  OptionalLong latestSeq() {
    long seq =
        jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit_checkpoint").query(Long.class).single();
    return seq == 0 ? OptionalLong.empty() : OptionalLong.of(seq);
  }
}
