package uk.harbour.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Takes and reads signed checkpoints of the audit chain (docs/adr/012): the latest event's seq and
 * hash, signed with a key no database role can read, written to the {@code audit_checkpoint} table
 * (through a function the application role may only call) and appended to a file outside the
 * database. {@code audit verify} then shows the chain still passes through every checkpoint and
 * reaches the latest, so deleting the newest events no longer goes unnoticed.
 */
@Service
class AuditCheckpoints {

  private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

  private final AuditLogRepository events;
  private final CheckpointLogRepository table;
  private final CheckpointFile file;
  private final CheckpointProperties properties;
  private final Path keyFile;
  private final Clock clock;

  AuditCheckpoints(
      AuditLogRepository events,
      CheckpointLogRepository table,
      CheckpointProperties properties,
      @Value("${harbour.data-dir:./data}") String dataDir,
      Clock clock) {
    this.events = events;
    this.table = table;
    this.properties = properties;
    this.file = new CheckpointFile(properties.fileIn(Path.of(dataDir)));
    this.keyFile = properties.keyFileIn(Path.of(dataDir));
    this.clock = clock;
  }

  /**
   * Records a checkpoint of the latest event now, in the table and the file, and logs it (so a copy
   * also goes wherever the log goes). Empty when the audit trail has no events yet.
   */
  Optional<AuditCheckpoint> take() {
    Optional<AuditLogRepository.Link> head = events.last();
    if (head.isEmpty()) {
      return Optional.empty();
    }
    CheckpointKey key = CheckpointKey.existingOrNew(properties.key(), keyFile);
    AuditCheckpoint unsigned =
        new AuditCheckpoint(
            head.get().seq(),
            head.get().hash(),
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            null,
            null);
    AuditCheckpoint signed = unsigned.signedWith(key.sign(unsigned));
    table.record(signed);
    file.append(signed);
    log.info("Audit checkpoint: {}", signed.line());
    return Optional.of(signed);
  }

  /** Takes a checkpoint unless the latest one already names the latest event. */
  Optional<AuditCheckpoint> takeIfMoved() {
    Optional<AuditLogRepository.Link> head = events.last();
    OptionalLong latest = table.latestSeq();
    if (head.isEmpty() || (latest.isPresent() && latest.getAsLong() >= head.get().seq())) {
      return Optional.empty();
    }
    return take();
  }

  /** Every checkpoint in the table and the file, in seq order, with what could not be read. */
  Recorded recorded() {
    CheckpointFile.Contents inFile = file.read();
    List<AuditCheckpoint> all = new ArrayList<>(table.all());
    all.addAll(inFile.checkpoints());
    all.sort(Comparator.comparingLong(AuditCheckpoint::seq));
    return new Recorded(
        all, inFile.unreadable(), CheckpointKey.existing(properties.key(), keyFile), keyFile);
  }

  Path file() {
    return file.path();
  }

  /**
   * What {@code audit verify} checks against.
   *
   * @param checkpoints from the table and the file, in seq order
   * @param unreadable lines of the file that are not checkpoints
   * @param key the key to check signatures with, if this machine has it
   * @param keyFile where the key would be
   */
  record Recorded(
      List<AuditCheckpoint> checkpoints,
      List<String> unreadable,
      Optional<CheckpointKey> key,
      @Nullable Path keyFile) {

    static Recorded none() {
      return new Recorded(List.of(), List.of(), Optional.empty(), null);
    }
  }
}
