package uk.harbour.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import uk.harbour.audit.AuditVerifier.ChainCheck;

@SpringBootTest
@ActiveProfiles("test")
class AuditChainIntegrationTests {

  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired AuditVerifier verifier;
  @Autowired ApplicationContext context;

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
  void theApplicationRoleCannotChangeDeleteOrTruncateAuditEvents() {
    String type = AuditTestEvents.uniqueRecordType();
    events.publishViews(type, 1);

    for (String sql :
        List.of(
            "UPDATE audit_event SET reason = 'changed' WHERE record_type = '" + type + "'",
            "DELETE FROM audit_event WHERE record_type = '" + type + "'",
            "TRUNCATE audit_event")) {
      assertThatThrownBy(() -> jdbc.sql(sql).update())
          .satisfies(
              e -> {
                SQLException cause = (SQLException) NestedExceptionUtils.getRootCause(e);
                assertThat(cause.getSQLState()).as(sql).isEqualTo("42501");
                assertThat(cause.getMessage()).contains("permission denied");
              });
    }
    assertThat(events.eventsFor(type)).hasSize(1).first().extracting(StoredEvent::reason).isNull();
  }

  @Test
  void eventsAreLinkedInSeqOrderAndTheChainIsIntact() {
    String type = AuditTestEvents.uniqueRecordType();
    events.publishViews(type, 5);

    List<StoredEvent> mine = events.eventsFor(type);
    assertThat(mine).hasSize(5);
    for (int i = 1; i < mine.size(); i++) {
      assertThat(mine.get(i).seq()).isEqualTo(mine.get(i - 1).seq() + 1);
      assertThat(mine.get(i).prevHash()).isEqualTo(mine.get(i - 1).hash());
    }
    ChainCheck check = verifier.verify();
    assertThat(check.intact()).as(AuditVerifyCommand.describe(check)).isTrue();
    assertThat(check.last().seq()).isGreaterThanOrEqualTo(mine.get(4).seq());
    assertThat(check.checked()).isEqualTo(check.last().seq());
  }

  @Test
  void namesAnEventChangedBehindHarboursBack() {
    String type = AuditTestEvents.uniqueRecordType();
    events.publishViews(type, 5);
    StoredEvent victim = events.eventsFor(type).get(2);

    superuser.execute("UPDATE audit_event SET record_id = 'other' WHERE seq = ?", victim.seq());
    try {
      ChainCheck check = verifier.verify();
      assertThat(check.intact()).isFalse();
      assertThat(check.brokenAt().seq()).isEqualTo(victim.seq());
      assertThat(check.brokenAt().id()).isEqualTo(victim.id());
      assertThat(check.problem()).contains("contents do not match its hash");

      ChainChecks.Output output = ChainChecks.runCommand(verifier);
      assertThat(output.exitCode()).isEqualTo(1);
      assertThat(output.text())
          .startsWith(
              "Audit chain broken at event seq="
                  + victim.seq()
                  + " id="
                  + victim.id()
                  + " (recorded "
                  + AuditHash.time(victim.occurredAt())
                  + "): ");
    } finally {
      superuser.execute(
          "UPDATE audit_event SET record_id = ? WHERE seq = ?", victim.recordId(), victim.seq());
    }
    ChainChecks.assertIntact(verifier);
  }

  @Test
  void namesTheEventAfterOneDeletedFromTheMiddle() {
    String type = AuditTestEvents.uniqueRecordType();
    events.publishViews(type, 5);
    StoredEvent deleted = events.eventsFor(type).get(2);

    superuser.execute("DELETE FROM audit_event WHERE seq = ?", deleted.seq());
    try {
      ChainCheck check = verifier.verify();
      assertThat(check.intact()).isFalse();
      assertThat(check.brokenAt().seq()).isEqualTo(deleted.seq() + 1);
      assertThat(check.problem()).isEqualTo("event seq=" + deleted.seq() + " is missing");
    } finally {
      superuser.restore(deleted);
    }
    ChainChecks.assertIntact(verifier);
  }

  @Test
  void reportsAnIntactChainWithExitCodeZero() {
    events.publishViews(AuditTestEvents.uniqueRecordType(), 2);

    ChainChecks.Output output = ChainChecks.runCommand(verifier);

    assertThat(output.exitCode()).isZero();
    assertThat(output.text()).matches("(?s)Audit chain intact: \\d+ events checked\\R.*");
    assertThat(output.text()).contains("Latest event: seq=");
  }

  @Test
  void theCommandRunsOnlyWhenAskedFor() {
    assertThat(context.getBeanNamesForType(AuditVerifyCommand.class)).isEmpty();
  }
}
