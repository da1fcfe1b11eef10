package uk.harbour.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkpoint signing key: made owner-only on first use, or given; signs and confirms. */
class CheckpointKeyTests {

  @TempDir Path dir;

  final AuditCheckpoint checkpoint =
      new AuditCheckpoint(42, "a".repeat(64), Instant.parse("2026-03-02T09:00:00Z"), null, null);

  @Test
  void aNewKeyFileIsReadableOnlyByItsOwnerAndKeptForTheNextUse() throws Exception {
    Path file = dir.resolve("audit-checkpoint.key");
    assertThat(CheckpointKey.existing(null, file)).isEmpty();
    assertThat(file).doesNotExist();

    CheckpointKey made = CheckpointKey.existingOrNew(null, file);

    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
    CheckpointKey again = CheckpointKey.existing(null, file).orElseThrow();
    assertThat(again.sign(checkpoint)).isEqualTo(made.sign(checkpoint));
  }

  @Test
  void aKeyFileOthersCouldReadIsNarrowed() throws Exception {
    Path file = dir.resolve("k");
    CheckpointKey.existingOrNew(null, file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    CheckpointKey.existing(null, file);

    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void theSignatureCoversSeqHashAndTimeAndOnlyTheKeyConfirmsIt() {
    CheckpointKey key = given(1);
    AuditCheckpoint signed = checkpoint.signedWith(key.sign(checkpoint));

    assertThat(signed.signature()).matches("[0-9a-f]{64}");
    assertThat(key.confirms(signed)).isTrue();
    assertThat(given(2).confirms(signed)).isFalse();
    assertThat(key.confirms(withSeq(signed, 43))).isFalse();
    assertThat(
            key.confirms(
                new AuditCheckpoint(
                    42, "b".repeat(64), signed.recordedAt(), signed.signature(), null)))
        .isFalse();
    assertThat(
            key.confirms(
                new AuditCheckpoint(
                    42,
                    signed.hash(),
                    signed.recordedAt().plusSeconds(1),
                    signed.signature(),
                    null)))
        .isFalse();
  }

  @Test
  void aGivenKeyTakesPrecedenceAndMustBeLongEnough() {
    Path file = dir.resolve("unused.key");
    assertThat(CheckpointKey.existingOrNew(base64(32, 7), file).source())
        .isEqualTo("HARBOUR_AUDIT_CHECKPOINT_KEY");
    assertThat(file).doesNotExist();
    assertThatThrownBy(() -> CheckpointKey.existing(base64(16, 7), file))
        .hasMessageContaining("shorter than 32 bytes");
    assertThatThrownBy(() -> CheckpointKey.existing("not base64!", file))
        .hasMessageContaining("not base64");
  }

  @Test
  void aCheckpointLineReadsBackAsTheSameCheckpoint() {
    AuditCheckpoint signed = checkpoint.signedWith(given(1).sign(checkpoint));
    AuditCheckpoint read = AuditCheckpoint.parse(signed.line(), "file line 1");
    assertThat(read).isEqualTo(signed.from("file line 1"));
    assertThat(AuditCheckpoint.parse("seq=1 hash=zz", "x")).isNull();
  }

  private static AuditCheckpoint withSeq(AuditCheckpoint c, long seq) {
    return new AuditCheckpoint(seq, c.hash(), c.recordedAt(), c.signature(), null);
  }

  private static CheckpointKey given(int fill) {
    return CheckpointKey.existing(base64(32, fill), null).orElseThrow();
  }

  private static String base64(int length, int fill) {
    byte[] bytes = new byte[length];
    java.util.Arrays.fill(bytes, (byte) fill);
    return Base64.getEncoder().encodeToString(bytes);
  }
}
