package uk.harbour.platform;

import java.nio.file.Path;

/** The embedded test database's generated passwords, read from its password file as psql would. */
final class TestDatabasePasswords {

  private TestDatabasePasswords() {}

  /**
   * @param harbourDataDir the test's {@code harbour.data-dir}
   */
  static String of(String harbourDataDir, String role) {
    Path file = EmbeddedDatabasePasswords.fileFor(Path.of(harbourDataDir).resolve("postgres"));
    return EmbeddedDatabasePasswords.load(file).orElseThrow().of(role);
  }
}
