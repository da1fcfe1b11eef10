package uk.harbour.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only file every audit checkpoint is also written to, one line each, outside the
 * database: the database owner, who could delete checkpoint rows, cannot touch it. Each line is
 * flushed to disk before the checkpoint counts as taken. Only the user Harbour runs as may read or
 * write it.
 */
final class CheckpointFile {

  private final Path path;

  CheckpointFile(Path path) {
    this.path = path;
  }

  Path path() {
    return path;
  }

  synchronized void append(AuditCheckpoint checkpoint) {
    try {
      OwnerOnlyFiles.createIfMissing(path);
      try (FileChannel out = FileChannel.open(path, StandardOpenOption.APPEND)) {
        out.write(ByteBuffer.wrap((checkpoint.line() + "\n").getBytes(StandardCharsets.UTF_8)));
        out.force(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not append the audit checkpoint to " + path, e);
    }
  }

  /** Every checkpoint in the file, and the lines that are not one (each a problem). */
  Contents read() {
    if (!Files.isRegularFile(path)) {
      return new Contents(List.of(), List.of());
    }
    List<AuditCheckpoint> checkpoints = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank()) {
          continue;
        }
        String where = path + " line " + (i + 1);
        AuditCheckpoint checkpoint = AuditCheckpoint.parse(line, where);
        if (checkpoint == null) {
          unreadable.add(where + " is not a checkpoint");
        } else {
          checkpoints.add(checkpoint);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the audit checkpoints in " + path, e);
    }
    return new Contents(checkpoints, unreadable);
  }

  record Contents(List<AuditCheckpoint> checkpoints, List<String> unreadable) {}
}
