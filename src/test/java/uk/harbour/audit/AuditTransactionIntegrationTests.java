package uk.harbour.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AgencyKind;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.shared.AgencyId;

/** The work and its audit event commit together or not at all. */
@SpringBootTest
@ActiveProfiles("test")
@Import(AuditTransactionIntegrationTests.AgencyWork.class)
class AuditTransactionIntegrationTests {

  /** A NUL character: PostgreSQL refuses it in text, so the audit insert fails. */
  static final String UNWRITABLE = "bad\u0000id";

  @Autowired AgencyWork work;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher publisher;

  @Test
  void theWorkAndItsEventCommitTogether() {
    String name = uniqueName();

    AgencyId id = work.createAudited(name, "agency");

    assertThat(agencyExists(name)).isTrue();
    assertThat(eventsAbout(id.toString())).isEqualTo(1);
  }

  @Test
  void whenTheEventCannotBeWrittenTheWorkIsRolledBack() {
    String name = uniqueName();

    assertThatThrownBy(() -> work.createAuditedWithRecordId(name, UNWRITABLE))
        .rootCause()
        .hasMessageContaining("invalid byte sequence for encoding \"UTF8\": 0x00");

    assertThat(agencyExists(name)).isFalse();
  }

  @Test
  void theWorkIsRolledBackEvenIfThePublisherSwallowsTheFailure() {
    String name = uniqueName();

    assertThatThrownBy(() -> work.createIgnoringAuditFailure(name))
        .isInstanceOf(UnexpectedRollbackException.class);

    assertThat(agencyExists(name)).isFalse();
  }

  @Test
  void publishingOutsideATransactionFailsAndWritesNothing() {
    String recordId = UUID.randomUUID().toString();

    assertThatThrownBy(
            () -> publisher.publishEvent(Audited.succeeded(AuditAction.VIEW, "child", recordId)))
        .isInstanceOf(IllegalTransactionStateException.class);

    assertThat(eventsAbout(recordId)).isZero();
  }

  @Test
  void publishingInAReadOnlyTransactionFailsWithAClearMessage() {
    String recordId = UUID.randomUUID().toString();

    assertThatThrownBy(() -> work.viewReadOnly(recordId))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("read-write transaction");

    assertThat(eventsAbout(recordId)).isZero();
  }

  private boolean agencyExists(String name) {
    return jdbc.sql("SELECT count(*) FROM agency WHERE name = ?")
            .param(name)
            .query(Integer.class)
            .single()
        == 1;
  }

  private int eventsAbout(String recordId) {
    return jdbc.sql("SELECT count(*) FROM audit_event WHERE record_id = ?")
        .param(recordId)
        .query(Integer.class)
        .single();
  }

  private static String uniqueName() {
    return "Audit test agency " + UUID.randomUUID();
  }

  /** Work another module might do: create something, then publish its audit event. */
  @Service
  static class AgencyWork {
    private final Directory directory;
    private final ApplicationEventPublisher publisher;

    AgencyWork(Directory directory, ApplicationEventPublisher publisher) {
      this.directory = directory;
      this.publisher = publisher;
    }

    @Transactional
    public AgencyId createAudited(String name, String recordType) {
      AgencyId id = directory.createAgency(name, AgencyKind.OTHER);
      publisher.publishEvent(Audited.succeeded(AuditAction.CREATE, recordType, id));
      return id;
    }

    @Transactional
    public void createAuditedWithRecordId(String name, String recordId) {
      directory.createAgency(name, AgencyKind.OTHER);
      publisher.publishEvent(Audited.succeeded(AuditAction.CREATE, "agency", recordId));
    }

    @Transactional
    public void createIgnoringAuditFailure(String name) {
      directory.createAgency(name, AgencyKind.OTHER);
      try {
        publisher.publishEvent(Audited.succeeded(AuditAction.CREATE, "agency", UNWRITABLE));
      } catch (RuntimeException ignored) {
        // A careless publisher: the transaction must still not commit without its event.
      }
    }

    @Transactional(readOnly = true)
    public void viewReadOnly(String recordId) {
      publisher.publishEvent(Audited.succeeded(AuditAction.VIEW, "child", recordId));
    }
  }
}
