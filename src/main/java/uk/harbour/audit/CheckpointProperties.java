package uk.harbour.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the signed audit checkpoints (docs/adr/012).
 *
 * @param interval how often Harbour records a checkpoint while it runs ({@code
 *     HARBOUR_AUDIT_CHECKPOINT_INTERVAL}); zero turns the schedule off ({@code audit checkpoint}
 *     still works)
 * @param key the signing key itself, base64, at least 32 bytes ({@code
 *     HARBOUR_AUDIT_CHECKPOINT_KEY}): for several instances sharing an external database, which
 *     must all sign with the same key; when set, the key file is not used
 * @param keyFile the signing key's file, made on first use ({@code
 *     HARBOUR_AUDIT_CHECKPOINT_KEY_FILE}; default {@code $HARBOUR_DATA_DIR/audit-checkpoint.key})
 * @param file the append-only file every checkpoint is also written to ({@code
 *     HARBOUR_AUDIT_CHECKPOINT_FILE}; default {@code $HARBOUR_DATA_DIR/audit-checkpoints.log})
 */
@ConfigurationProperties("harbour.audit.checkpoint")
record CheckpointProperties(
    @DefaultValue("5m") Duration interval, String key, Path keyFile, Path file) {

  static final String KEY_FILE = "audit-checkpoint.key";
  static final String FILE = "audit-checkpoints.log";

  /** The key file, or its default in Harbour's data folder. */
  Path keyFileIn(Path dataDir) {
    return keyFile != null ? keyFile : dataDir.resolve(KEY_FILE);
  }

  /** The checkpoint file, or its default in Harbour's data folder. */
  Path fileIn(Path dataDir) {
    return file != null ? file : dataDir.resolve(FILE);
  }

  /** Never the key itself. */
  @Override
  public String toString() {
    return "CheckpointProperties[interval="
        + interval
        + ", key="
        + (key == null ? "(not set)" : "(set)")
        + ", keyFile="
        + keyFile
        + ", file="
        + file
        + "]";
  }
}
