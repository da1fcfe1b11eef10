package uk.harbour.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds audit events and valid chains of them for tests. */
final class StoredEvents {

  private StoredEvents() {}

  static StoredEvent anEvent(long seq) {
    return new StoredEvent(
        seq,
        UUID.nameUUIDFromBytes(("event-" + seq).getBytes()),
        Instant.parse("2026-03-01T10:15:30.123456Z").plusSeconds(seq),
        UUID.nameUUIDFromBytes("user".getBytes()),
        "sam.key-worker",
        UUID.nameUUIDFromBytes("agency".getBytes()),
        "Northtown Children's Services",
        "KEY_WORKER,PRACTITIONER",
        "VIEW",
        "child",
        UUID.nameUUIDFromBytes(("child-" + seq).getBytes()).toString(),
        "SUCCEEDED",
        "192.0.2.10",
        null,
        null,
        null,
        null,
        null);
  }

  /** Gives the event its place in the chain and its hash. */
  static StoredEvent linked(StoredEvent e, String prevHash) {
    StoredEvent unhashed = with(e, e.seq(), prevHash, null);
    return with(e, e.seq(), prevHash, AuditHash.of(unhashed));
  }

  /** A valid chain of events seq 1 to n. */
  static List<StoredEvent> chain(int n) {
    List<StoredEvent> events = new ArrayList<>();
    String prev = AuditHash.GENESIS;
    for (int seq = 1; seq <= n; seq++) {
      StoredEvent e = linked(anEvent(seq), prev);
      events.add(e);
      prev = e.hash();
    }
    return events;
  }

  static StoredEvent withOutcome(StoredEvent e, String outcome) {
    return new StoredEvent(
        e.seq(),
        e.id(),
        e.occurredAt(),
        e.userId(),
        e.username(),
        e.agencyId(),
        e.agencyName(),
        e.roles(),
        e.action(),
        e.recordType(),
        e.recordId(),
        outcome,
        e.ipAddress(),
        e.sessionRef(),
        e.reason(),
        e.detail(),
        e.prevHash(),
        e.hash());
  }

  static StoredEvent withReason(StoredEvent e, String reason) {
    return new StoredEvent(
        e.seq(),
        e.id(),
        e.occurredAt(),
        e.userId(),
        e.username(),
        e.agencyId(),
        e.agencyName(),
        e.roles(),
        e.action(),
        e.recordType(),
        e.recordId(),
        e.outcome(),
        e.ipAddress(),
        e.sessionRef(),
        reason,
        e.detail(),
        e.prevHash(),
        e.hash());
  }

  static StoredEvent with(StoredEvent e, long seq, String prevHash, String hash) {
    return new StoredEvent(
        seq,
        e.id(),
        e.occurredAt(),
        e.userId(),
        e.username(),
        e.agencyId(),
        e.agencyName(),
        e.roles(),
        e.action(),
        e.recordType(),
        e.recordId(),
        e.outcome(),
        e.ipAddress(),
        e.sessionRef(),
        e.reason(),
        e.detail(),
        prevHash,
        hash,
        e.childIds());
  }
}
