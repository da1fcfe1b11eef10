package uk.harbour.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  @Test
  void reportsEventsMissingAfterTheLatestCheckpoint() {
    List<StoredEvent> events = new ArrayList<>(StoredEvents.chain(9));
    AuditCheckpoint atSeven = signed(events.get(6));
    events.subList(6, 9).clear();

    ChainCheck check = verify(events, atSeven);

    assertThat(check.intact()).isFalse();
    assertThat(check.couldNotCheck()).isFalse();
    assertThat(AuditVerifyCommand.describe(check))
        .startsWith(
            "Audit chain broken: events missing after checkpoint: latest checkpoint seq=7 hash="
                + atSeven.hash()
                + ", table ends at seq=6 (checkpoint recorded 2026-03-02T09:00:00.000000Z in");
  }

  @Test
  void aChainThatPassesThroughEveryCheckpointAndReachesTheLatestIsIntact() {
    List<StoredEvent> events = StoredEvents.chain(9);

    ChainCheck check = verify(events, signed(events.get(2)), signed(events.get(6)));

    assertThat(check.intact()).isTrue();
    assertThat(check.checkpoint().seq()).isEqualTo(7);
    assertThat(check.checkpoints()).isEqualTo(2);
  }

  @Test
  void aChainRewrittenThroughACheckpointIsBrokenThere() {
    List<StoredEvent> original = StoredEvents.chain(6);
    AuditCheckpoint atFour = signed(original.get(3));
    List<StoredEvent> rewritten = new ArrayList<>(original.subList(0, 2));
    for (StoredEvent e : original.subList(2, 6)) {
      StoredEvent changed = StoredEvents.withReason(e, "rewritten");
      rewritten.add(StoredEvents.linked(changed, rewritten.get(rewritten.size() - 1).hash()));
    }

    ChainCheck check = verify(rewritten, atFour);

    assertThat(check.brokenAt().seq()).isEqualTo(4);
    assertThat(check.problem()).contains("not the one the signed checkpoint").contains("rewritten");
  }

  @Test
  void aCheckpointNotSignedWithTheKeyIsReported() {
    List<StoredEvent> events = StoredEvents.chain(3);
    AuditCheckpoint genuine = signed(events.get(2));
    AuditCheckpoint forged =
        new AuditCheckpoint(
            genuine.seq(), genuine.hash(), genuine.recordedAt(), "0".repeat(64), "the table");

    ChainCheck check = verify(events, forged);

    assertThat(check.intact()).isFalse();
    assertThat(check.problem()).contains("is not signed with the checkpoint key");
  }

  @Test
  void checkpointsWithoutTheKeyCannotBeChecked() {
    List<StoredEvent> events = StoredEvents.chain(3);
    var recorded =
        new AuditCheckpoints.Recorded(
            List.of(signed(events.get(2))), List.of(), Optional.empty(), Path.of("key"));

    ChainCheck check = verifier(new FakeLog(events), recorded).verify();

    assertThat(check.couldNotCheck()).isTrue();
    assertThat(AuditVerifyCommand.describe(check))
        .startsWith("Audit chain could not be checked: 1 signed checkpoints could not be checked");
  }

  static final CheckpointKey KEY =
      CheckpointKey.existing(java.util.Base64.getEncoder().encodeToString(new byte[32]), null)
          .orElseThrow();

  static AuditCheckpoint signed(StoredEvent event) {
    AuditCheckpoint unsigned =
        new AuditCheckpoint(
            event.seq(), event.hash(), Instant.parse("2026-03-02T09:00:00Z"), null, "the table");
    return unsigned.signedWith(KEY.sign(unsigned));
  }

  private static ChainCheck verify(List<StoredEvent> events, AuditCheckpoint... checkpoints) {
    var recorded =
        new AuditCheckpoints.Recorded(
            List.of(checkpoints), List.of(), Optional.of(KEY), Path.of("key"));
    return verifier(new FakeLog(events), recorded).verify();
  }

  private static ChainCheck verify(List<StoredEvent> events) {
    return verifier(new FakeLog(events)).verify();
  }

  private static AuditVerifier verifier(AuditLogRepository log) {
    return verifier(log, AuditCheckpoints.Recorded.none());
  }

  private static AuditVerifier verifier(
      AuditLogRepository log, AuditCheckpoints.Recorded recorded) {
    return new AuditVerifier(
        log, new AuditProperties(ZoneId.of("Europe/London"), BATCH, 50), () -> recorded);
  }

  /** The audit table in memory, answering the verifier's two queries. */
  static final class FakeLog extends AuditLogRepository {
    private final List<StoredEvent> events;
    int largestBatch;

    FakeLog(List<StoredEvent> events) {
      super(null, null);
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
