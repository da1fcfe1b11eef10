package uk.harbour.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passwords of the embedded PostgreSQL's superuser and of Harbour's two roles, generated at
 * random on first start and kept in {@code $HARBOUR_DATA_DIR/postgres.pgpass}, readable and
 * writable only by the user Harbour runs as (POSIX 0600). The file is in PostgreSQL's own password
 * file format ({@code host:port:database:user:password}, here {@code *:*:*:role:password}), so an
 * operator can point {@code psql} at it: {@code PGPASSFILE=./data/postgres.pgpass psql -h localhost
 * -p 54329 -U postgres harbour}.
 */
final class EmbeddedDatabasePasswords {

  static final List<String> ROLES =
      List.of(EmbeddedDatabase.SUPERUSER, EmbeddedDatabase.OWNER_ROLE, EmbeddedDatabase.APP_ROLE);

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabasePasswords.class);
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final int LENGTH = 32; // about 190 bits
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final Map<String, String> passwords;

  private EmbeddedDatabasePasswords(Path file, Map<String, String> passwords) {
    this.file = file;
    this.passwords = Map.copyOf(passwords);
  }

  /**
   * The password file for the PostgreSQL data folder {@code pgDataDir}: beside it, named after it
   * ({@code $HARBOUR_DATA_DIR/postgres} has {@code $HARBOUR_DATA_DIR/postgres.pgpass}).
   */
  static Path fileFor(Path pgDataDir) {
    Path dir = pgDataDir.toAbsolutePath().normalize();
    return dir.resolveSibling(dir.getFileName() + ".pgpass");
  }

  /**
   * Reads the file, adding a generated password for any role it lacks; creates it (owner-only) with
   * a password for every role when there is none. A file others may read is narrowed to its owner.
   */
  static EmbeddedDatabasePasswords loadOrCreate(Path file) {
    Map<String, String> found = read(file).orElseGet(LinkedHashMap::new);
    boolean changed = false;
    for (String role : ROLES) {
      if (!found.containsKey(role)) {
        found.put(role, generate());
        changed = true;
      }
    }
    if (changed) {
      write(file, found);
    } else {
      ownerOnly(file);
    }
    return new EmbeddedDatabasePasswords(file, found);
  }

  /** The passwords in an existing file, or empty when there is no file. */
  static Optional<EmbeddedDatabasePasswords> load(Path file) {
    return read(file).map(found -> new EmbeddedDatabasePasswords(file, found));
  }

  Path file() {
    return file;
  }

  String of(String role) {
    String password = passwords.get(role);
    if (password == null) {
      throw new IllegalStateException(file + " has no password for the role " + role);
    }
    return password;
  }

  /** A new random password of 32 letters and digits. */
  static String generate() {
    StringBuilder out = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }

  /** Writes a file readable only by its owner, atomically (a temporary file then a rename). */
  static void writeOwnerOnly(Path target, String content) {
    try {
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp", ownerOnly());
      try {
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + target, e);
    }
  }

  private static FileAttribute<?>[] ownerOnly() {
    return posix()
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
        : new FileAttribute<?>[0];
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  private static void ownerOnly(Path file) {
    if (!posix()) {
      return;
    }
    try {
      if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
        Files.setPosixFilePermissions(file, OWNER_ONLY);
        log.warn("{} could be read by others; it is now readable only by its owner", file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not make " + file + " readable only by its owner", e);
    }
  }

  private static void write(Path file, Map<String, String> passwords) {
    StringBuilder content =
        new StringBuilder()
            .append("# The passwords of Harbour's embedded PostgreSQL, generated on first start.\n")
            .append("# Keep this file readable only by the user Harbour runs as. To connect:\n")
            .append("#   PGPASSFILE=")
            .append(file)
            .append(" psql -h localhost -p 54329 -U postgres harbour\n")
            .append("# (the port is HARBOUR_EMBEDDED_DB_PORT). host:port:database:user:password\n");
    passwords.forEach((role, password) -> content.append("*:*:*:" + role + ":" + password + "\n"));
    writeOwnerOnly(file, content.toString());
  }

  private static Optional<Map<String, String>> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      Map<String, String> found = new LinkedHashMap<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split(":", 5);
        if (parts.length == 5 && ROLES.contains(parts[3]) && !parts[4].isEmpty()) {
          found.put(parts[3], parts[4]);
        }
      }
      return Optional.of(found);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }
}
