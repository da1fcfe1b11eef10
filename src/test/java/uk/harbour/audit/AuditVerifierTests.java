package uk.harbour.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.harbour.audit.AuditVerifier.ChainCheck;

class AuditVerifierTests {

  private static final int BATCH = 3;

  @Test
  void anEmptyChainIsIntact() {
    ChainCheck check = verify(List.of());

    assertThat(check.intact()).isTrue();
    assertThat(check.checked()).isZero();
  }

  @Test
  void checksEveryEventAcrossBatches() {
    FakeLog log = new FakeLog(StoredEvents.chain(10));

    ChainCheck check = verifier(log).verify();

    assertThat(check.intact()).isTrue();
    assertThat(check.checked()).isEqualTo(10);
    assertThat(check.last().seq()).isEqualTo(10);
    assertThat(log.largestBatch).isLessThanOrEqualTo(BATCH);
  }

  @Test
  void namesAnEventWhoseContentsWereChanged() {
    List<StoredEvent> events = new ArrayList<>(StoredEvents.chain(8));
    events.set(4, StoredEvents.withReason(events.get(4), "added later"));

    ChainCheck check = verify(events);

    assertThat(check.intact()).isFalse();
    assertThat(check.brokenAt().seq()).isEqualTo(5);
    assertThat(check.checked()).isEqualTo(4);
    assertThat(check.problem()).contains("contents do not match its hash");
  }

  @Test
  void namesTheEventAfterOneThatWasChangedAndRehashed() {
    List<StoredEvent> events = new ArrayList<>(StoredEvents.chain(8));
    StoredEvent changed = StoredEvents.withReason(events.get(4), "added later");
    events.set(4, StoredEvents.linked(changed, changed.prevHash()));

    ChainCheck check = verify(events);

    assertThat(check.brokenAt().seq()).isEqualTo(6);
    assertThat(check.problem()).contains("does not match the hash of event seq=5");
  }

  @Test
  void namesTheEventAfterADeletedOne() {
    List<StoredEvent> events = new ArrayList<>(StoredEvents.chain(8));
    events.remove(2);

    ChainCheck check = verify(events);

    assertThat(check.brokenAt().seq()).isEqualTo(4);
    assertThat(check.problem()).isEqualTo("event seq=3 is missing");
  }

  @Test
  void findsAGapThatFallsOnABatchBoundary() {
    List<StoredEvent> events = new ArrayList<>(StoredEvents.chain(9));
    events.subList(3, 5).clear();

    ChainCheck check = verify(events);

    assertThat(check.brokenAt().seq()).isEqualTo(6);
    assertThat(check.problem()).isEqualTo("events seq=4 to seq=5 are missing");
  }

  @Test
  void findsMissingFirstEvents() {
    List<StoredEvent> events = new ArrayList<>(StoredEvents.chain(4));
    events.remove(0);

    ChainCheck check = verify(events);

    assertThat(check.brokenAt().seq()).isEqualTo(2);
    assertThat(check.problem()).isEqualTo("event seq=1 is missing");
  }

  @Test
  void theFirstEventMustStartFromGenesis() {
    List<StoredEvent> events = new ArrayList<>(StoredEvents.chain(3));
    events.set(0, StoredEvents.linked(events.get(0), "f".repeat(64)));

    ChainCheck check = verify(events);

    assertThat(check.brokenAt().seq()).isEqualTo(1);
    assertThat(check.problem()).contains("genesis");
  }

  @Test
  void describesABrokenLinkWithSeqIdAndTime() {
    List<StoredEvent> events = new ArrayList<>(StoredEvents.chain(3));
    events.set(1, StoredEvents.withReason(events.get(1), "x"));

    String text = AuditVerifyCommand.describe(verify(events));

    assertThat(text)
        .isEqualTo(
            "Audit chain broken at event seq=2 id="
                + events.get(1).id()
                + " (recorded 2026-03-01T10:15:32.123456Z): its contents do not match its hash"
                + " (the event was changed)");
  }

  @Test
  void describesAnIntactChain() {
    assertThat(AuditVerifyCommand.describe(verify(StoredEvents.chain(3))))
        .isEqualTo("Audit chain intact: 3 events checked");
  }

  private static ChainCheck verify(List<StoredEvent> events) {
    return verifier(new FakeLog(events)).verify();
  }

  private static AuditVerifier verifier(AuditLog log) {
    return new AuditVerifier(log, new AuditProperties(ZoneId.of("Europe/London"), BATCH, 50));
  }

  /** The audit table in memory, answering the verifier's two queries. */
  static final class FakeLog extends AuditLog {
    private final List<StoredEvent> events;
    int largestBatch;

    FakeLog(List<StoredEvent> events) {
      super(null);
      this.events = events;
    }

    @Override
    List<StoredEvent> batch(long afterSeq, long maxSeq, int limit) {
      List<StoredEvent> batch =
          events.stream()
              .filter(e -> e.seq() > afterSeq && e.seq() <= maxSeq)
              .limit(limit)
              .toList();
      largestBatch = Math.max(largestBatch, batch.size());
      return batch;
    }

    @Override
    long lastSeq() {
      return events.stream().mapToLong(StoredEvent::seq).max().orElse(0);
    }
  }
}
