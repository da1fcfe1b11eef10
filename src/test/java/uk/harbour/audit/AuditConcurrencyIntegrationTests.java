package uk.harbour.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import uk.harbour.audit.AuditVerifier.ChainCheck;

/** Many writers at once still make one unbroken chain with every event in it. */
@SpringBootTest
@ActiveProfiles("test")
class AuditConcurrencyIntegrationTests {

  static final int THREADS = 8;
  static final int EVENTS_EACH = 25;

  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired AuditVerifier verifier;

  @Test
  void concurrentWritersProduceEveryEventInOneIntactChain() throws Exception {
    AuditTestEvents events = new AuditTestEvents(publisher, transactions, jdbc);
    String type = AuditTestEvents.uniqueRecordType();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        writers.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < EVENTS_EACH; i++) {
                    events.publishView(type, thread + "-" + i);
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> writer : writers) {
        writer.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    List<StoredEvent> written = events.eventsFor(type);
    assertThat(written).hasSize(THREADS * EVENTS_EACH);
    assertThat(new HashSet<>(written.stream().map(StoredEvent::recordId).toList()))
        .hasSize(THREADS * EVENTS_EACH);
    ChainCheck check = verifier.verify();
    assertThat(check.intact()).as(AuditVerifyCommand.describe(check)).isTrue();
    assertThat(check.last().seq()).isGreaterThanOrEqualTo(written.get(written.size() - 1).seq());
  }
}
