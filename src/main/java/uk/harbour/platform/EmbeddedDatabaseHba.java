package uk.harbour.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The embedded PostgreSQL's {@code pg_hba.conf}: who may connect and how. Harbour's version asks
 * every connection, over TCP on localhost or the local socket, for a password checked with
 * scram-sha-256; nothing is trusted. {@code initdb} and earlier Harbour versions wrote {@code
 * trust} lines instead, which let any local user connect as the superuser without a password.
 */
final class EmbeddedDatabaseHba {

  static final String FILE_NAME = "pg_hba.conf";

  static final String CONTENT =
      """
      # Written by Harbour (EmbeddedDatabase). Every connection needs a password checked with
      # scram-sha-256; nothing is trusted. The passwords are in ../postgres.pgpass (README.md,
      # "Using an external PostgreSQL"). Harbour writes this file again at start if it finds a line
      # that does not ask for a password.
      # TYPE  DATABASE  USER  ADDRESS        METHOD
      local   all       all                  scram-sha-256
      host    all       all   127.0.0.1/32   scram-sha-256
      host    all       all   ::1/128        scram-sha-256
      """;

  private EmbeddedDatabaseHba() {}

  /**
   * Whether every rule in the folder's {@code pg_hba.conf} asks for a scram-sha-256 password (or
   * refuses). False when there is no file or any rule trusts, or uses a weaker or password-less
   * method ({@code trust}, {@code password}, {@code md5}, {@code peer}, {@code ident}...).
   */
  static boolean requiresPasswords(Path pgDataDir) {
    Path file = pgDataDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String rule = line.replaceFirst("#.*", "").strip();
        if (rule.isEmpty()) {
          continue;
        }
        List<String> tokens = List.of(rule.split("\\s+"));
        if (!tokens.contains("scram-sha-256") && !tokens.contains("reject")) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }

  /** Replaces the folder's {@code pg_hba.conf} with Harbour's, readable only by its owner. */
  static void write(Path pgDataDir) {
    EmbeddedDatabasePasswords.writeOwnerOnly(pgDataDir.resolve(FILE_NAME), CONTENT);
  }
}
