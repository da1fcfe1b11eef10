package uk.harbour.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The hash that links each audit event to the one before it: {@code SHA-256(prevHash +
 * canonical(event))}, written as 64 lower-case hex digits. The canonical form is described in
 * docs/adr/002-audit-hash-chain.md so that anyone can check the chain without Harbour.
 */
final class AuditHash {

  /** The previous hash of the first event. */
  static final String GENESIS = "0".repeat(64);

  static final String FORMAT_VERSION = "harbour-audit-v1";

  /** The label of events that name other children ({@code child_ids}), which end with them. */
  static final String FORMAT_VERSION_WITH_CHILDREN = "harbour-audit-v2";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private AuditHash() {}

  static String of(StoredEvent e) {
    return sha256Hex(e.prevHash() + canonical(e));
  }

  /**
   * Every field but the hash itself, in a fixed order. A value is written as {@code S<n>:<value>;}
   * where n is its length in UTF-8 bytes; a null is written {@code N;}. So no two different events
   * share a serialization, and a null never looks like an empty string. An event that names other
   * children is labelled v2 and has one more field, {@code child_ids}, at the end; every other
   * event keeps the v1 form, so events written before v2 existed still verify.
   */
  static String canonical(StoredEvent e) {
    boolean v2 = e.childIds() != null;
    StringBuilder out =
        new StringBuilder(v2 ? FORMAT_VERSION_WITH_CHILDREN : FORMAT_VERSION).append(';');
    field(out, Long.toString(e.seq()));
    field(out, str(e.id()));
    field(out, e.occurredAt() == null ? null : time(e.occurredAt()));
    field(out, str(e.userId()));
    field(out, e.username());
    field(out, str(e.agencyId()));
    field(out, e.agencyName());
    field(out, e.roles());
    field(out, e.action());
    field(out, e.recordType());
    field(out, e.recordId());
    field(out, e.outcome());
    field(out, e.ipAddress());
    field(out, e.sessionRef());
    field(out, e.reason());
    field(out, e.detail());
    if (v2) {
      field(out, e.childIds());
    }
    return out.toString();
  }

  static String time(Instant instant) {
    return TIME.format(instant);
  }

  static String sha256Hex(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** One field of a canonical form: {@code S<n>:<value>;}, or {@code N;} for null. */
  static void field(StringBuilder out, @Nullable String value) {
    if (value == null) {
      out.append("N;");
    } else {
      out.append('S')
          .append(value.getBytes(StandardCharsets.UTF_8).length)
          .append(':')
          .append(value)
          .append(';');
    }
  }

  private static @Nullable String str(@Nullable Object value) {
    return value == null ? null : value.toString();
  }
}
