package uk.harbour.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditHashTests {

  @Test
  void serializesEveryFieldInTheDocumentedCanonicalForm() throws Exception {
    StoredEvent event =
        new StoredEvent(
            7,
            UUID.fromString("0b7f4a52-6d1e-4c55-9a43-4f1f6c0e2a11"),
            Instant.parse("2026-03-14T09:26:53.5897Z"),
            null,
            "anonymous",
            null,
            null,
            null,
            "LOGIN_FAILED",
            "user",
            "",
            "FAILED",
            "198.51.100.4",
            null,
            "Née — café",
            null,
            AuditHash.GENESIS,
            null);

    String expected =
        "harbour-audit-v1;S1:7;S36:0b7f4a52-6d1e-4c55-9a43-4f1f6c0e2a11;"
            + "S27:2026-03-14T09:26:53.589700Z;N;S9:anonymous;N;N;N;S12:LOGIN_FAILED;S4:user;S0:;"
            + "S6:FAILED;S12:198.51.100.4;N;S14:Née — café;N;";
    assertThat(AuditHash.canonical(event)).isEqualTo(expected);

    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest((AuditHash.GENESIS + expected).getBytes(StandardCharsets.UTF_8));
    assertThat(AuditHash.of(event)).isEqualTo(HexFormat.of().formatHex(digest)).hasSize(64);
  }

  @Test
  void nullAndEmptyTextHashDifferently() {
    StoredEvent withNull = StoredEvents.withReason(StoredEvents.anEvent(1), null);
    StoredEvent withEmpty = StoredEvents.withReason(StoredEvents.anEvent(1), "");

    assertThat(AuditHash.of(withNull)).isNotEqualTo(AuditHash.of(withEmpty));
  }

  @Test
  void movingTextBetweenNeighbouringFieldsChangesTheHash() {
    StoredEvent base = StoredEvents.anEvent(1);
    StoredEvent a = StoredEvents.withRecord(base, "child", "1234");
    StoredEvent b = StoredEvents.withRecord(base, "child1", "234");

    assertThat(AuditHash.of(a)).isNotEqualTo(AuditHash.of(b));
  }

  @Test
  void thePreviousHashIsPartOfTheHash() {
    StoredEvent event = StoredEvents.anEvent(2);
    StoredEvent one = AuditLogRepository.withChain(event, 2, "a".repeat(64), null);
    StoredEvent other = AuditLogRepository.withChain(event, 2, "b".repeat(64), null);

    assertThat(AuditHash.of(one)).isNotEqualTo(AuditHash.of(other));
  }

  @Test
  void genesisIsSixtyFourZeros() {
    assertThat(AuditHash.GENESIS).matches("0{64}");
  }

  @Test
  void anEventNamingOtherChildrenIsLabelledV2AndEndsWithThem() {
    StoredEvent plain = StoredEvents.anEvent(7);
    StoredEvent naming = StoredEvents.withChildIds(plain, "00000000-0000-4000-8000-00000000000a");
    assertThat(AuditHash.canonical(plain)).startsWith("harbour-audit-v1;");
    assertThat(AuditHash.canonical(naming))
        .startsWith("harbour-audit-v2;")
        .endsWith("S36:00000000-0000-4000-8000-00000000000a;");
    assertThat(AuditHash.of(naming)).isNotEqualTo(AuditHash.of(plain));
  }
}
