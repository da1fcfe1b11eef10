package uk.harbour.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A signed checkpoint of the audit chain: the seq and hash of the latest event when it was taken,
 * when, and an HMAC-SHA256 of those three made with a key no database role can read ({@link
 * CheckpointKey}). The signed text is {@code harbour-audit-checkpoint-v1;} followed by seq, hash
 * and time in the canonical field form of the chain itself (docs/adr/012).
 *
 * @param where where it was read from, for messages (the table or the file), or {@code null}
 */
record AuditCheckpoint(
    long seq, String hash, Instant recordedAt, String signature, @Nullable String where) {

  static final String FORMAT_VERSION = "harbour-audit-checkpoint-v1";

  private static final Pattern LINE =
      Pattern.compile("seq=(\\d+) hash=([0-9a-f]{64}) recorded=(\\S+) signature=([0-9a-f]{64})");

  /** The text the signature is made over. */
  String signedText() {
    StringBuilder out = new StringBuilder(FORMAT_VERSION).append(';');
    AuditHash.field(out, Long.toString(seq));
    AuditHash.field(out, hash);
    AuditHash.field(out, AuditHash.time(recordedAt));
    return out.toString();
  }

  /** One line of the checkpoint file. */
  String line() {
    return "seq="
        + seq
        + " hash="
        + hash
        + " recorded="
        + AuditHash.time(recordedAt)
        + " signature="
        + signature;
  }

  AuditCheckpoint signedWith(String mac) {
    return new AuditCheckpoint(seq, hash, recordedAt, mac, where);
  }

  AuditCheckpoint from(String source) {
    return new AuditCheckpoint(seq, hash, recordedAt, signature, source);
  }

  /** A line of the checkpoint file, or {@code null} when it is not one. */
  static @Nullable AuditCheckpoint parse(String line, @Nullable String where) {
    Matcher m = LINE.matcher(line.strip());
    if (!m.matches()) {
      return null;
    }
    try {
      return new AuditCheckpoint(
          Long.parseLong(m.group(1)), m.group(2), Instant.parse(m.group(3)), m.group(4), where);
    } catch (NumberFormatException | DateTimeParseException e) {
      return null;
    }
  }

  /** For messages: seq, hash and when. */
  String describe() {
    return "seq=" + seq + " hash=" + hash + " (recorded " + AuditHash.time(recordedAt) + ")";
  }
}
