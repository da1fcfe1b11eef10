package uk.harbour.audit;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Files only the user Harbour runs as may read or write (POSIX 0600): the key and the log. */
final class OwnerOnlyFiles {

  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private OwnerOnlyFiles() {}

  /** The attribute that creates a file owner-only, where the file system has POSIX modes. */
  static FileAttribute<?>[] attributes() {
    return posix()
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
        : new FileAttribute<?>[0];
  }

  /**
   * Creates an empty owner-only file unless there is one already (in its folder, made if need be).
   */
  static void createIfMissing(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    if (!Files.exists(file)) {
      try {
        Files.createFile(file, attributes());
      } catch (java.nio.file.FileAlreadyExistsException raced) {
        // another process made it meanwhile
      }
    }
  }

  /** Narrows a file others may read to its owner; says whether it had to. */
  static boolean narrow(Path file) throws IOException {
    if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
      Files.setPosixFilePermissions(file, OWNER_ONLY);
      return true;
    }
    return false;
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
