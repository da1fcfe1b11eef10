package uk.harbour.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key audit checkpoints are signed with (HMAC-SHA256). It never goes into the database: it is
 * given in {@code HARBOUR_AUDIT_CHECKPOINT_KEY} (base64, at least 32 bytes), or kept in a file only
 * the user Harbour runs as may read, made with 32 random bytes on first use. So neither the
 * application role nor the database owner can read it, and neither can forge a checkpoint.
 */
final class CheckpointKey {

  static final int MIN_BYTES = 32;

  private static final Logger log = LoggerFactory.getLogger(CheckpointKey.class);
  private static final String ALGORITHM = "HmacSHA256";

  private final byte[] key;
  private final String source;

  private CheckpointKey(byte[] key, String source) {
    if (key.length < MIN_BYTES) {
      throw new IllegalStateException(
          "The audit checkpoint key in " + source + " is shorter than " + MIN_BYTES + " bytes");
    }
    this.key = key.clone();
    this.source = source;
  }

  /** The configured key, or the key file's; empty when there is neither (nothing is made). */
  static Optional<CheckpointKey> existing(String configured, Path keyFile) {
    if (configured != null && !configured.isBlank()) {
      return Optional.of(fromBase64(configured, "HARBOUR_AUDIT_CHECKPOINT_KEY"));
    }
    if (!Files.isRegularFile(keyFile)) {
      return Optional.empty();
    }
    try {
      if (OwnerOnlyFiles.narrow(keyFile)) {
        log.warn("{} could be read by others; it is now readable only by its owner", keyFile);
      }
      return Optional.of(
          fromBase64(Files.readString(keyFile, StandardCharsets.US_ASCII), keyFile.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the audit checkpoint key " + keyFile, e);
    }
  }

  /** The configured key or the key file's, making the file with a new random key if need be. */
  static CheckpointKey existingOrNew(String configured, Path keyFile) {
    return existing(configured, keyFile).orElseGet(() -> create(keyFile));
  }

  private static synchronized CheckpointKey create(Path keyFile) {
    try {
      OwnerOnlyFiles.createIfMissing(keyFile);
      if (Files.size(keyFile) == 0) {
        byte[] bytes = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(bytes);
        Files.writeString(
            keyFile, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII);
        log.info("Made a new audit checkpoint key in {}", keyFile);
      }
      return fromBase64(Files.readString(keyFile, StandardCharsets.US_ASCII), keyFile.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not make the audit checkpoint key " + keyFile, e);
    }
  }

  private static CheckpointKey fromBase64(String text, String source) {
    try {
      return new CheckpointKey(Base64.getDecoder().decode(text.strip()), source);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("The audit checkpoint key in " + source + " is not base64");
    }
  }

  /** The HMAC-SHA256 of the checkpoint's signed text, as 64 lower-case hex digits. */
  String sign(AuditCheckpoint checkpoint) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return HexFormat.of()
          .formatHex(mac.doFinal(checkpoint.signedText().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /** Whether this key made the checkpoint's signature (compared in constant time). */
  boolean confirms(AuditCheckpoint checkpoint) {
    return checkpoint.signature() != null
        && MessageDigest.isEqual(
            sign(checkpoint).getBytes(StandardCharsets.US_ASCII),
            checkpoint.signature().getBytes(StandardCharsets.US_ASCII));
  }

  /** Where the key came from (never the key). */
  String source() {
    return source;
  }

  @Override
  public String toString() {
    return "CheckpointKey[" + source + "]";
  }
}
