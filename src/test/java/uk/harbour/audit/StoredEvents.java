package uk.harbour.audit;

import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
    StoredEvent unhashed = AuditLogRepository.withChain(e, e.seq(), prevHash, null);
    return AuditLogRepository.withChain(e, e.seq(), prevHash, AuditHash.of(unhashed));
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
    return copy(e, "outcome", outcome);
  }

  static StoredEvent withReason(StoredEvent e, String reason) {
    return copy(e, "reason", reason);
  }

  static StoredEvent withRecord(StoredEvent e, String recordType, String recordId) {
    return copy(e, "recordType", recordType, "recordId", recordId);
  }

  static StoredEvent withChildIds(StoredEvent e, String childIds) {
    return copy(e, "childIds", childIds);
  }

  /**
   * The event's values in the order of {@link StoredEvent#COLUMNS} (the order of its fields), as
   * JDBC takes them: for a test that writes a row back exactly as it was stored.
   */
  static List<Object> columnValues(StoredEvent e) {
    List<Object> values = values(e);
    values.set(2, Timestamp.from(e.occurredAt()));
    return values;
  }

  /** A copy of the event with the named fields changed: name, value, name, value and so on. */
  private static StoredEvent copy(StoredEvent e, Object... namesAndValues) {
    RecordComponent[] fields = StoredEvent.class.getRecordComponents();
    List<String> names = Arrays.stream(fields).map(RecordComponent::getName).toList();
    List<Object> values = values(e);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      int field = names.indexOf((String) namesAndValues[i]);
      if (field < 0) {
        throw new IllegalArgumentException("StoredEvent has no field " + namesAndValues[i]);
      }
      values.set(field, namesAndValues[i + 1]);
    }
    Class<?>[] types = Arrays.stream(fields).map(RecordComponent::getType).toArray(Class[]::new);
    try {
      return StoredEvent.class.getDeclaredConstructor(types).newInstance(values.toArray());
    } catch (ReflectiveOperationException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static List<Object> values(StoredEvent e) {
    List<Object> values = new ArrayList<>();
    for (RecordComponent field : StoredEvent.class.getRecordComponents()) {
      try {
        values.add(field.getAccessor().invoke(e));
      } catch (ReflectiveOperationException ex) {
        throw new IllegalStateException(ex);
      }
    }
    return values;
  }
}
