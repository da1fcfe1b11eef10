package uk.harbour.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import uk.harbour.audit.AuditVerifier.ChainCheck;

/**
 * Access events (views, searches, exports, refusals) are written when their transaction commits,
 * with other transactions' access events in one commit; change events stay in their own
 * transaction. The caller's commit returns only once its access events are written, and fails if
 * they cannot be.
 */
@SpringBootTest
@ActiveProfiles("test")
class AccessEventIntegrationTests {

  /** A NUL character: PostgreSQL refuses it in text, so the event cannot be written. */
  static final String UNWRITABLE = "bad\u0000id";

  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired AuditVerifier verifier;
  @Autowired AccessEventWriter writer;

  private AuditTestEvents events;

  @BeforeEach
  void events() {
    events = new AuditTestEvents(publisher, transactions, jdbc);
  }

  @Test
  void aViewIsWrittenByTheTimeItsTransactionHasCommittedButNotBefore() {
    String type = AuditTestEvents.uniqueRecordType();
    List<Integer> seenInside = new ArrayList<>();

    transactions.executeWithoutResult(
        status -> {
          publisher.publishEvent(Audited.succeeded(AuditAction.VIEW, type, "r1"));
          seenInside.add(count(type));
        });

    assertThat(seenInside).containsExactly(0);
    assertThat(count(type)).isEqualTo(1);
  }

  @Test
  void aViewInATransactionThatRollsBackIsNotWritten() {
    String type = AuditTestEvents.uniqueRecordType();

    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    status -> {
                      publisher.publishEvent(Audited.succeeded(AuditAction.VIEW, type, "r1"));
                      throw new IllegalArgumentException("the work failed");
                    }))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(count(type)).isZero();
  }

  @Test
  void aViewWhoseEventCannotBeWrittenFailsItsCaller() {
    String type = AuditTestEvents.uniqueRecordType();

    assertThatThrownBy(() -> events.publishView(type, UNWRITABLE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("audit event could not be written")
        .rootCause()
        .hasMessageContaining("0x00");

    assertThat(count(type)).isZero();
  }

  @Test
  void aChangeAndTheViewsOfItsTransactionAreWrittenInItInTheOrderPublished() {
    String type = AuditTestEvents.uniqueRecordType();
    List<Integer> seenInside = new ArrayList<>();

    transactions.executeWithoutResult(
        status -> {
          publisher.publishEvent(Audited.succeeded(AuditAction.VIEW, type, "viewed-first"));
          publisher.publishEvent(Audited.succeeded(AuditAction.CHANGE, type, "changed"));
          seenInside.add(count(type));
          publisher.publishEvent(Audited.succeeded(AuditAction.SEARCH, type, null));
        });

    assertThat(seenInside).containsExactly(1);
    assertThat(
            jdbc.sql("SELECT action FROM audit_event WHERE record_type = ? ORDER BY seq")
                .param(type)
                .query(String.class)
                .list())
        .containsExactly("CHANGE", "VIEW", "SEARCH");
  }

  @Test
  void whenAChangeCannotCommitItsViewsAreNotWrittenEither() {
    String type = AuditTestEvents.uniqueRecordType();

    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    status -> {
                      publisher.publishEvent(Audited.succeeded(AuditAction.VIEW, type, "r1"));
                      publisher.publishEvent(
                          Audited.succeeded(AuditAction.CHANGE, type, UNWRITABLE));
                    }))
        .rootCause()
        .hasMessageContaining("0x00");

    assertThat(count(type)).isZero();
  }

  @Test
  void oneUnwritableViewAmongManyAtOnceFailsOnlyItsOwnCaller() throws Exception {
    String type = AuditTestEvents.uniqueRecordType();
    int threads = 8;
    int each = 20;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> failures = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        int thread = t;
        failures.add(
            pool.submit(
                () -> {
                  start.await();
                  int failed = 0;
                  for (int i = 0; i < each; i++) {
                    String id = thread == 3 && i == 10 ? UNWRITABLE : thread + "-" + i;
                    try {
                      events.publishView(type, id);
                    } catch (IllegalStateException e) {
                      failed++;
                    }
                  }
                  return failed;
                }));
      }
      start.countDown();
      int failed = 0;
      for (Future<Integer> f : failures) {
        failed += f.get(2, TimeUnit.MINUTES);
      }
      assertThat(failed).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }

    assertThat(count(type)).isEqualTo(threads * each - 1);
    ChainCheck check = verifier.verify();
    assertThat(check.intact()).as(AuditVerifyCommand.describe(check)).isTrue();
  }

  @Test
  void whileTheWriterIsStoppedACallerWritesItsOwnEvents() {
    String type = AuditTestEvents.uniqueRecordType();
    writer.stop();
    try {
      events.publishView(type, "r1");
    } finally {
      writer.start();
    }

    assertThat(count(type)).isEqualTo(1);
  }

  private int count(String type) {
    return jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = ?")
        .param(type)
        .query(Integer.class)
        .single();
  }
}
