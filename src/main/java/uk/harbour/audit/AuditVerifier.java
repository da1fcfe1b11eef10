package uk.harbour.audit;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Walks the whole audit chain in seq order, in batches so memory stays constant however long the
 * chain is, and finds the first event that does not fit: a seq missing before it, a previous hash
 * that is not the hash of the event before it, or a hash that does not match its own contents.
 * Events added while it runs are left for the next check.
 */
@Component
class AuditVerifier {

  private final AuditLog log;
  private final AuditProperties properties;

  AuditVerifier(AuditLog log, AuditProperties properties) {
    this.log = log;
    this.properties = properties;
  }

  ChainCheck verify() {
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
        checked++;
        expectedSeq = event.seq() + 1;
        expectedPrevHash = event.hash();
        previous = event;
      }
    }
    return ChainCheck.intact(checked, previous);
  }

  private static String problem(StoredEvent event, long expectedSeq, String expectedPrevHash) {
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

  /** The outcome of a check: intact, or the first broken link and what is wrong with it. */
  record ChainCheck(long checked, StoredEvent last, StoredEvent brokenAt, String problem) {

    static ChainCheck intact(long checked, StoredEvent last) {
      return new ChainCheck(checked, last, null, null);
    }

    static ChainCheck broken(long checked, StoredEvent at, String problem) {
      return new ChainCheck(checked, null, at, problem);
    }

    static ChainCheck missingTail(long checked, StoredEvent last, long from, long to) {
      String problem =
          from == to
              ? "event seq=" + from + " is missing"
              : "events seq=" + from + " to seq=" + to + " are missing";
      return new ChainCheck(checked, last, last, problem + " after this event");
    }

    boolean intact() {
      return brokenAt == null && problem == null;
    }
  }
}
