package uk.harbour.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import uk.harbour.audit.AuditVerifier.ChainCheck;

/**
 * Signed checkpoints catch what the hash chain alone cannot: the newest events deleted by someone
 * with the owner's or the superuser's rights, even when they delete the checkpoint rows too (the
 * checkpoint file outside the database still has them); a checkpoint the key did not sign is
 * reported; and the application role can neither choose an event's seq nor write a checkpoint.
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditCheckpointIntegrationTests {

  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired AuditVerifier verifier;
  @Autowired AuditCheckpoints checkpoints;

  @Value("${harbour.embedded-db.running-port}")
  int port;

  @Value("${harbour.data-dir}")
  String dataDir;

  AuditTestEvents events;
  Superuser superuser;

  @BeforeEach
  void setUp() {
    events = new AuditTestEvents(publisher, transactions, jdbc);
    superuser = new Superuser(port, dataDir);
  }

  @Test
  void auditVerifyReportsEventsMissingAfterTheLatestCheckpoint() {
    events.publishViews(AuditTestEvents.uniqueRecordType(), 3);
    checkpoints.take().orElseThrow();
    long latest = latestCheckpointSeq();
    String hash = hashOf(latest);

    try (Superuser.TailCut cut = superuser.cutTailAfter(latest - 3, false)) {
      assertThat(cut.removed()).isGreaterThanOrEqualTo(3);

      ChainCheck check = verifier.verify();
      ChainChecks.Output output = ChainChecks.runCommand(verifier);

      assertThat(check.intact()).isFalse();
      assertThat(output.exitCode()).isEqualTo(AuditVerifyCommand.BROKEN);
      assertThat(output.text())
          .startsWith(
              "Audit chain broken: events missing after checkpoint: latest checkpoint seq="
                  + latest
                  + " hash="
                  + hash
                  + ", table ends at seq="
                  + (latest - 3)
                  + " (checkpoint recorded ");
    }
    ChainChecks.assertIntact(verifier);
  }

  @Test
  void theCheckpointFileStillShowsItWhenTheCheckpointRowsAreDeletedToo() {
    events.publishViews(AuditTestEvents.uniqueRecordType(), 2);
    checkpoints.take().orElseThrow();
    long latest = latestCheckpointSeq();

    try (Superuser.TailCut cut = superuser.cutTailAfter(latest - 2, true)) {
      assertThat(
              jdbc.sql("SELECT count(*) FROM audit_checkpoint WHERE seq > ?")
                  .param(latest - 2)
                  .query(Long.class)
                  .single())
          .isZero();

      ChainCheck check = verifier.verify();

      assertThat(check.intact()).isFalse();
      assertThat(check.problem())
          .startsWith("events missing after checkpoint: latest checkpoint seq=" + latest + " ")
          .contains("table ends at seq=" + (latest - 2))
          .contains("in " + checkpoints.file() + " line ");
    }
    ChainChecks.assertIntact(verifier);
  }

  @Test
  void aCheckpointTheKeyDidNotSignIsReported() {
    events.publishViews(AuditTestEvents.uniqueRecordType(), 1);
    long head = jdbc.sql("SELECT max(seq) FROM audit_event").query(Long.class).single();
    superuser.execute(
        "INSERT INTO audit_checkpoint (seq, hash, recorded_at, signature)"
            + " VALUES (?, ?, now(), ?)",
        head,
        hashOf(head),
        "f".repeat(64));
    try {
      ChainCheck check = verifier.verify();

      assertThat(check.intact()).isFalse();
      assertThat(AuditVerifyCommand.describe(check))
          .startsWith("Audit chain broken: the checkpoint in the audit_checkpoint table (id ")
          .contains("seq=" + head)
          .contains("is not signed with the checkpoint key");
    } finally {
      superuser.execute("DELETE FROM audit_checkpoint WHERE signature = ?", "f".repeat(64));
    }
    ChainChecks.assertIntact(verifier);
  }

  @Test
  void theApplicationRoleCanNeitherChooseASeqNorWriteACheckpoint() {
    long head = jdbc.sql("SELECT max(seq) FROM audit_event").query(Long.class).single();
    for (String sql :
        List.of(
            "INSERT INTO audit_event (seq, id, occurred_at, action, outcome, prev_hash, hash)"
                + " OVERRIDING SYSTEM VALUE VALUES ("
                + (head + 1000)
                + ", gen_random_uuid(), now(), 'VIEW', 'SUCCEEDED', 'x', 'y')",
            "INSERT INTO audit_event (id, occurred_at, action, outcome, prev_hash, hash)"
                + " VALUES (gen_random_uuid(), now(), 'VIEW', 'SUCCEEDED', 'x', 'y')",
            "INSERT INTO audit_checkpoint (seq, hash, recorded_at, signature)"
                + " VALUES (1, 'x', now(), 'y')",
            "UPDATE audit_checkpoint SET signature = 'y'",
            "DELETE FROM audit_checkpoint",
            "TRUNCATE audit_checkpoint")) {
      assertThatThrownBy(() -> jdbc.sql(sql).update())
          .as(sql)
          .satisfies(e -> assertThat(sqlState(e)).as(sql).isEqualTo("42501"));
    }
    assertThatThrownBy(
            () ->
                jdbc.sql("SELECT record_audit_checkpoint(?, 'not-its-hash', now(), 'y')")
                    .param(head)
                    .query(Long.class)
                    .single())
        .satisfies(e -> assertThat(sqlState(e)).isEqualTo("23514"));

    String type = AuditTestEvents.uniqueRecordType();
    events.publishViews(type, 2);
    assertThat(events.eventsFor(type)).hasSize(2);
    ChainChecks.assertIntact(verifier);
  }

  @Test
  void aCheckpointIsSignedAndWrittenToTheTableAndToTheFile() throws Exception {
    events.publishViews(AuditTestEvents.uniqueRecordType(), 1);

    AuditCheckpoint taken = checkpoints.take().orElseThrow();

    assertThat(
            jdbc.sql("SELECT count(*) FROM audit_checkpoint WHERE seq = ? AND signature = ?")
                .params(taken.seq(), taken.signature())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    List<String> lines = Files.readAllLines(checkpoints.file());
    assertThat(lines.get(lines.size() - 1)).isEqualTo(taken.line());
    assertThat(Files.getPosixFilePermissions(checkpoints.file()))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(Path.of(dataDir, "audit-checkpoint.key")))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    ChainCheck check = verifier.verify();
    assertThat(check.intact()).as(AuditVerifyCommand.describe(check)).isTrue();
    assertThat(check.checkpoint().seq()).isGreaterThanOrEqualTo(taken.seq());
    assertThat(ChainChecks.runCommand(verifier).text()).contains("Latest signed checkpoint: seq=");
  }

  private long latestCheckpointSeq() {
    return jdbc.sql("SELECT max(seq) FROM audit_checkpoint").query(Long.class).single();
  }

  private String hashOf(long seq) {
    return jdbc.sql("SELECT hash FROM audit_event WHERE seq = ?")
        .param(seq)
        .query(String.class)
        .single();
  }

  private static String sqlState(Throwable e) {
    return ((SQLException) NestedExceptionUtils.getRootCause(e)).getSQLState();
  }
}
