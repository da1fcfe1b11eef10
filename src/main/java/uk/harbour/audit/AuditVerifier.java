package uk.harbour.audit;

import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Walks the whole audit chain in seq order, in batches so memory stays constant however long the
 * chain is, and finds the first event that does not fit: a seq missing before it, a previous hash
 * that is not the hash of the event before it, or a hash that does not match its own contents. Then
 * it holds the chain against the signed checkpoints (docs/adr/012): every checkpoint's signature
 * must be the key's, the event at each checkpoint's seq must have the hash it recorded, and the
 * chain must reach the latest checkpoint; fewer events than that means the newest were deleted.
 * Checkpoints are read before the chain, so one taken while it runs is never ahead of what it
 * reads; events added while it runs are left for the next check.
 */
@Component
class AuditVerifier {

  private final AuditLogRepository log;
  private final AuditProperties properties;
  private final Supplier<AuditCheckpoints.Recorded> checkpoints;

  @Autowired
  AuditVerifier(AuditLogRepository log, AuditProperties properties, AuditCheckpoints checkpoints) {
    this(log, properties, checkpoints::recorded);
  }

  AuditVerifier(
      AuditLogRepository log,
      AuditProperties properties,
      Supplier<AuditCheckpoints.Recorded> checkpoints) {
    this.log = log;
    this.properties = properties;
    this.checkpoints = checkpoints;
  }

  ChainCheck verify() {
    AuditCheckpoints.Recorded recorded = checkpoints.get();
    ChainCheck signatures = checkSignatures(recorded);
    if (signatures != null) {
      return signatures;
    }
    List<AuditCheckpoint> marks = recorded.checkpoints();
    int nextMark = 0;
    long lastSeq = log.lastSeq();
    long checked = 0;
    long expectedSeq = 1;
    String expectedPrevHash = AuditHash.GENESIS;
    StoredEvent previous = null;
    while (expectedSeq <= lastSeq) {
      List<StoredEvent> batch = log.batch(expectedSeq - 1, lastSeq, properties.verifyBatchSize());
      if (batch.isEmpty()) {
        return ChainCheck.missingTail(checked, previous, expectedSeq, lastSeq);
      }
      for (StoredEvent event : batch) {
        String problem = problem(event, expectedSeq, expectedPrevHash);
        if (problem != null) {
          return ChainCheck.broken(checked, event, problem);
        }
        while (nextMark < marks.size() && marks.get(nextMark).seq() <= event.seq()) {
          AuditCheckpoint mark = marks.get(nextMark++);
          if (mark.seq() == event.seq() && !mark.hash().equals(event.hash())) {
            return ChainCheck.broken(
                checked,
                event,
                "its hash is not the one the signed checkpoint in "
                    + mark.where()
                    + " recorded for it, "
                    + mark.describe()
                    + ": the chain was rewritten from here or before");
          }
        }
        checked++;
        expectedSeq = event.seq() + 1;
        expectedPrevHash = event.hash();
        previous = event;
      }
    }
    AuditCheckpoint latest = marks.isEmpty() ? null : marks.get(marks.size() - 1);
    long endsAt = previous == null ? 0 : previous.seq();
    if (latest != null && latest.seq() > endsAt) {
      return ChainCheck.shortfall(checked, previous, latest, endsAt);
    }
    return ChainCheck.intact(checked, previous, latest, marks.size());
  }

  /** A problem with the checkpoints themselves, or {@code null} when every one is the key's. */
  private static @Nullable ChainCheck checkSignatures(AuditCheckpoints.Recorded recorded) {
    if (!recorded.unreadable().isEmpty()) {
      return ChainCheck.badCheckpoint(recorded.unreadable().get(0));
    }
    if (recorded.checkpoints().isEmpty()) {
      return null;
    }
    if (recorded.key().isEmpty()) {
      return ChainCheck.notChecked(
          recorded.checkpoints().size()
              + " signed checkpoints could not be checked: there is no checkpoint key here ("
              + recorded.keyFile()
              + " or HARBOUR_AUDIT_CHECKPOINT_KEY)");
    }
    CheckpointKey key = recorded.key().get();
    for (AuditCheckpoint checkpoint : recorded.checkpoints()) {
      if (!key.confirms(checkpoint)) {
        return ChainCheck.badCheckpoint(
            "the checkpoint in "
                + checkpoint.where()
                + ", "
                + checkpoint.describe()
                + ", is not signed with the checkpoint key ("
                + key.source()
                + "): Harbour did not write it as it is");
      }
    }
    return null;
  }

  private static @Nullable String problem(
      StoredEvent event, long expectedSeq, String expectedPrevHash) {
    if (event.seq() != expectedSeq) {
      return event.seq() == expectedSeq + 1
          ? "event seq=" + expectedSeq + " is missing"
          : "events seq=" + expectedSeq + " to seq=" + (event.seq() - 1) + " are missing";
    }
    if (!expectedPrevHash.equals(event.prevHash())) {
      return expectedSeq == 1
          ? "the first event's previous hash is not the genesis value"
          : "its previous hash does not match the hash of event seq=" + (expectedSeq - 1);
    }
    if (!AuditHash.of(event).equals(event.hash())) {
      return "its contents do not match its hash (the event was changed)";
    }
    return null;
  }

  /**
   * The outcome of a check: intact, or the first problem found.
   *
   * @param checked how many events were checked before the problem, or in all
   * @param last the last event checked, when the chain is intact or ends short
   * @param brokenAt the event where the chain breaks, or {@code null}
   * @param problem what is wrong, or {@code null} when intact
   * @param checkpoint the latest signed checkpoint, if there is one
   * @param checkpoints how many checkpoints the chain was held against
   * @param couldNotCheck true when the check could not be made (not the same as broken)
   */
  record ChainCheck(
      long checked,
      @Nullable StoredEvent last,
      @Nullable StoredEvent brokenAt,
      @Nullable String problem,
      @Nullable AuditCheckpoint checkpoint,
      int checkpoints,
      boolean couldNotCheck) {

    static ChainCheck intact(
        long checked, @Nullable StoredEvent last, @Nullable AuditCheckpoint latest, int count) {
      return new ChainCheck(checked, last, null, null, latest, count, false);
    }

    static ChainCheck broken(long checked, StoredEvent at, String problem) {
      return new ChainCheck(checked, null, at, problem, null, 0, false);
    }

    static ChainCheck missingTail(long checked, StoredEvent last, long from, long to) {
      String problem =
          from == to
              ? "event seq=" + from + " is missing"
              : "events seq=" + from + " to seq=" + to + " are missing";
      return new ChainCheck(checked, last, last, problem + " after this event", null, 0, false);
    }

    static ChainCheck shortfall(
        long checked, StoredEvent last, AuditCheckpoint latest, long endsAt) {
      return new ChainCheck(
          checked,
          last,
          null,
          "events missing after checkpoint: latest checkpoint seq="
              + latest.seq()
              + " hash="
              + latest.hash()
              + ", table ends at seq="
              + endsAt
              + " (checkpoint recorded "
              + AuditHash.time(latest.recordedAt())
              + " in "
              + latest.where()
              + ")",
          latest,
          0,
          false);
    }

    static ChainCheck badCheckpoint(String problem) {
      return new ChainCheck(0, null, null, problem, null, 0, false);
    }

    static ChainCheck notChecked(String problem) {
      return new ChainCheck(0, null, null, problem, null, 0, true);
    }

    boolean intact() {
      return brokenAt == null && problem == null;
    }
  }
}
