package uk.harbour.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database function that appends an event hashes exactly as {@link AuditHash} does, for nulls,
 * non-ASCII text and field separators inside values; and bulk backfilled events link into the same
 * chain.
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditAppendIntegrationTests {

  @Autowired AuditLogRepository log;
  @Autowired AuditBackfill backfill;
  @Autowired AuditVerifier verifier;
  @Autowired TransactionTemplate transactions;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void theDatabaseHashesEveryKindOfValueAsAuditHashDoes() {
    Instant at = Instant.parse("2026-03-04T05:06:07.123456Z");
    List<StoredEvent> events =
        List.of(
            event(at, "zoë.ñ", "Zoë Ñúñez — 🙂", "detail; S3:abc; N;\ttab\nline"),
            event(at.plusMillis(1), null, null, null),
            event(at.plusSeconds(1).truncatedTo(ChronoUnit.SECONDS), "kw", "", ""),
            StoredEvents.withChildIds(
                event(at.plusSeconds(2), "kw", "list", "my children, results 2"),
                UUID.randomUUID() + "," + UUID.randomUUID()));
    for (StoredEvent e : events) {
      StoredEvent stored = transactions.execute(s -> log.append(e));
      assertThat(stored.childIds()).isEqualTo(e.childIds());
      assertThat(stored.hash())
          .isEqualTo(
              AuditHash.of(
                  AuditLogRepository.withChain(stored, stored.seq(), stored.prevHash(), null)));
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void aGroupAppendedAtOnceChainsInItsOrderAndHashesAsAuditHashDoes() {
    Instant at = Instant.parse("2026-03-04T05:06:07.123456Z");
    List<StoredEvent> group =
        List.of(
            event(at, "zoë.ñ", "Zoë Ñúñez — 🙂", "detail; S3:abc; N;\ttab\nline"),
            event(at.plusMillis(1), null, null, null),
            StoredEvents.withChildIds(
                event(at.plusSeconds(2), "kw", "list", "two"), UUID.randomUUID() + ""));

    List<StoredEvent> stored = transactions.execute(s -> log.appendAll(group));

    assertThat(stored).hasSize(3);
    for (int i = 0; i < stored.size(); i++) {
      assertThat(stored.get(i).id()).isEqualTo(group.get(i).id());
      assertThat(stored.get(i).hash())
          .isEqualTo(
              AuditHash.of(
                  AuditLogRepository.withChain(
                      stored.get(i), stored.get(i).seq(), stored.get(i).prevHash(), null)));
    }
    assertThat(stored.get(1).seq()).isEqualTo(stored.get(0).seq() + 1);
    assertThat(stored.get(1).prevHash()).isEqualTo(stored.get(0).hash());
    assertThat(stored.get(2).prevHash()).isEqualTo(stored.get(1).hash());
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void backfilledEventsContinueTheChainBetweenOrdinaryOnes() {
    transactions.execute(s -> log.append(event(Instant.now(), "before", "x", null)));
    Instant at = Instant.now().minusSeconds(3600);
    UUID child = UUID.randomUUID();
    List<BackfillEvent> history =
        List.of(
            backfill(at, "Zoë — naïve", "tab\there", null),
            backfill(at.plusSeconds(1), null, "back\\slash", child),
            backfill(at.plusSeconds(2), "three", null, child));
    long appended = backfill.append(history.iterator(), 2, n -> {});
    transactions.execute(s -> log.append(event(Instant.now(), "after", "y", null)));
    assertThat(appended).isEqualTo(3);
    assertThat(verifier.verify().intact()).isTrue();
    assertThat(
            jdbc.sql("SELECT count(*) FROM audit_event_child WHERE child_id = ?")
                .param(child)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  private static StoredEvent event(Instant at, String username, String agency, String detail) {
    return new StoredEvent(
        0,
        UUID.randomUUID(),
        at.truncatedTo(ChronoUnit.MICROS),
        username == null ? null : UUID.randomUUID(),
        username,
        null,
        agency,
        "KEY_WORKER,PRACTITIONER",
        "VIEW",
        "test-append",
        UUID.randomUUID().toString(),
        "SUCCEEDED",
        "192.0.2.7",
        null,
        null,
        detail,
        null,
        null,
        null);
  }

  private static BackfillEvent backfill(Instant at, String agency, String detail, UUID child) {
    return new BackfillEvent(
        UUID.randomUUID(),
        at,
        UUID.randomUUID(),
        "synth1.kw1",
        UUID.randomUUID(),
        agency,
        "KEY_WORKER,PRACTITIONER",
        "VIEW",
        "test-backfill",
        null,
        "SUCCEEDED",
        null,
        null,
        null,
        detail,
        child);
  }
}
