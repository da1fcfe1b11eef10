package uk.harbour.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.harbour.audit.AuditTestEvents.aUser;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;

@SpringBootTest
@ActiveProfiles("test")
class AuditTrailIntegrationTests {

  @Autowired AuditTrail trail;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  AuditTestEvents events;

  @BeforeEach
  void setUp() {
    events = new AuditTestEvents(publisher, transactions, jdbc);
  }

  @Test
  void listsEveryoneWhoTouchedTheRecordNewestFirst() {
    String child = UUID.randomUUID().toString();
    HarbourUser keyWorker = aUser("kw-" + UUID.randomUUID(), Role.KEY_WORKER);
    HarbourUser analyst = aUser("ia-" + UUID.randomUUID(), Role.INTELLIGENCE_ANALYST);
    events.publishAs(keyWorker, Audited.succeeded(AuditAction.VIEW, "child", child));
    events.publishAs(analyst, Audited.denied(AuditAction.VIEW, "child", child));
    events.publishAs(
        analyst,
        Audited.succeeded(AuditAction.BREAK_GLASS, "child", child).withReason("Found at 2am"));
    events.publishAs(keyWorker, Audited.succeeded(AuditAction.VIEW, "child", "someone-else"));
    events.publishAs(keyWorker, Audited.succeeded(AuditAction.VIEW, "concern", child));

    List<AccessRecord> records = trail.accessesTo("child", child, 1);

    assertThat(records)
        .extracting(AccessRecord::username, AccessRecord::action, AccessRecord::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                analyst.username(), AuditAction.BREAK_GLASS, AuditOutcome.SUCCEEDED),
            org.assertj.core.groups.Tuple.tuple(
                analyst.username(), AuditAction.VIEW, AuditOutcome.DENIED),
            org.assertj.core.groups.Tuple.tuple(
                keyWorker.username(), AuditAction.VIEW, AuditOutcome.SUCCEEDED));
    AccessRecord breakGlass = records.get(0);
    assertThat(breakGlass.reason()).isEqualTo("Found at 2am");
    assertThat(breakGlass.userId()).isEqualTo(analyst.id());
    assertThat(breakGlass.agencyName()).isEqualTo("Test agency");
    assertThat(breakGlass.roles()).containsExactly("INTELLIGENCE_ANALYST");
    assertThat(trail.countAccessesTo("child", child)).isEqualTo(3);
  }

  @Test
  void pagesThroughLongHistories() {
    String type = AuditTestEvents.uniqueRecordType();
    for (int i = 0; i < trail.pageSize() + 2; i++) {
      events.publishView(type, "same-record");
    }

    assertThat(trail.accessesTo(type, "same-record", 1)).hasSize(trail.pageSize());
    assertThat(trail.accessesTo(type, "same-record", 2)).hasSize(2);
    assertThat(trail.accessesTo(type, "same-record", 0)).hasSize(trail.pageSize());
    assertThat(trail.accessesTo(type, "same-record", 3)).isEmpty();
    assertThat(trail.countAccessesTo(type, "same-record")).isEqualTo(trail.pageSize() + 2);
  }

  @Test
  void anonymousEventsHaveNoUserOrRoles() {
    String type = AuditTestEvents.uniqueRecordType();
    events.publishView(type, "r");

    AccessRecord record = trail.accessesTo(type, "r", 1).get(0);

    assertThat(record.username()).isEqualTo("anonymous");
    assertThat(record.userId()).isNull();
    assertThat(record.roles()).isEmpty();
  }
}
