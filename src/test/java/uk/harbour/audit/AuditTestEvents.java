package uk.harbour.audit;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.shared.AgencyId;
import uk.harbour.shared.UserId;

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
        status ->
            publisher.publishEvent(Audited.succeeded(AuditAction.VIEW, recordType, recordId)));
  }

  /** Publishes the event in its own transaction, as the given user. */
  void publishAs(HarbourUser user, Audited event) {
    SecurityContextHolder.getContext().setAuthentication(authentication(user));
    try {
      transactions.executeWithoutResult(status -> publisher.publishEvent(event));
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  static HarbourUser aUser(String username, Role... roles) {
    return new HarbourUser(
        new UserId(UUID.randomUUID()),
        username,
        "Test " + username,
        new AgencyId(UUID.randomUUID()),
        "Test agency",
        Set.of(roles));
  }

  static Authentication authentication(HarbourUser user) {
    List<SimpleGrantedAuthority> authorities =
        user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    return new UsernamePasswordAuthenticationToken(user, null, authorities);
  }

  List<StoredEvent> eventsFor(String recordType) {
    return jdbc.sql(
            "SELECT "
                + StoredEvent.COLUMNS
                + " FROM audit_event WHERE record_type = ? ORDER BY seq")
        .param(recordType)
        .query(StoredEvent::map)
        .list();
  }
}
