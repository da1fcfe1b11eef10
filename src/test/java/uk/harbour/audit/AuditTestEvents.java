package uk.harbour.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.harbour.shared.AuditAction;
import uk.harbour.shared.Audited;

/** Writes audit events through the real publisher, each in its own transaction, and finds them. */
final class AuditTestEvents {

  private final ApplicationEventPublisher publisher;
  private final TransactionTemplate transactions;
  private final JdbcClient jdbc;

  AuditTestEvents(
      ApplicationEventPublisher publisher, TransactionTemplate transactions, JdbcClient jdbc) {
    this.publisher = publisher;
    this.transactions = transactions;
    this.jdbc = jdbc;
  }

  /** A record type no other test uses, so a test can find its own events. */
  static String uniqueRecordType() {
    return "test-" + UUID.randomUUID();
  }

  void publishViews(String recordType, int count) {
    for (int i = 0; i < count; i++) {
      publishView(recordType, "record-" + i);
    }
  }

  void publishView(String recordType, String recordId) {
    transactions.executeWithoutResult(
        status -> publisher.publishEvent(Audited.succeeded(AuditAction.VIEW, recordType, recordId)));
  }

  List<StoredEvent> eventsFor(String recordType) {
    return jdbc.sql(
            "SELECT " + StoredEvent.COLUMNS + " FROM audit_event WHERE record_type = ? ORDER BY seq")
        .param(recordType)
        .query(StoredEvent::map)
        .list();
  }
}
