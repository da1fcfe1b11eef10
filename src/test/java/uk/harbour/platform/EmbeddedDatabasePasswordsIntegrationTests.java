package uk.harbour.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL trusts nobody: the superuser and both roles have random passwords kept in
 * a file only Harbour's user may read, a connection without the password (or with a wrong one, or
 * with the role's name, the password earlier versions set) is refused, and a data folder made by an
 * earlier version is upgraded on start without losing its data. Each test runs a server of its own.
 */
class EmbeddedDatabasePasswordsIntegrationTests {

  static final List<String> ROLES = List.of("postgres", "harbour_owner", "harbour_app");

  @TempDir Path dataDir;

  @Test
  void aNewDataFolderGetsRandomPasswordsInAFileOnlyItsOwnerMayRead() throws Exception {
    EmbeddedDatabase db = start();
    try {
      Path file = dataDir.resolve("postgres.pgpass");
      assertThat(Files.getPosixFilePermissions(file))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
      List<String> lines =
          Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).toList();
      assertThat(lines).hasSize(3);
      for (String role : ROLES) {
        String password = passwordIn(file, role);
        assertThat(password).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(role);
        assertThat(lines).containsOnlyOnce("*:*:*:" + role + ":" + password);
      }
      assertThat(ROLES.stream().map(r -> passwordIn(file, r)).distinct()).hasSize(3);
      assertOnlyPasswordsLetIn(db.port(), file);
      assertNoTrustInPgHba();
      assertThat(dataDir).isDirectoryNotContaining("glob:**initdb-password*");
    } finally {
      db.close();
    }
  }

  @Test
  void theSuperuserWithoutTheGeneratedPasswordIsRefused() throws Exception {
    EmbeddedDatabase db = start();
    try {
      assertRefused(db.port(), "postgres", null);
      assertRefused(db.port(), "postgres", "");
      assertRefused(db.port(), "postgres", "postgres");
      assertRefused(db.port(), "postgres", "wrong-password");
      try (Connection c = connect(db.port(), "postgres", db.password("postgres"))) {
        assertThat(c.isValid(5)).isTrue();
      }
    } finally {
      db.close();
    }
  }

  @Test
  void aRestartKeepsThePasswords() throws Exception {
    EmbeddedDatabase first = start();
    Path file = dataDir.resolve("postgres.pgpass");
    String app = passwordIn(file, "harbour_app");
    first.close();

    EmbeddedDatabase second = start();
    try {
      assertThat(passwordIn(file, "harbour_app")).isEqualTo(app);
      assertOnlyPasswordsLetIn(second.port(), file);
    } finally {
      second.close();
    }
  }

  @Test
  void aFolderFromAnEarlierVersionIsUpgradedAndKeepsItsData() throws Exception {
    Path pgData = dataDir.resolve("postgres");
    try (EmbeddedPostgres old =
        EmbeddedPostgres.builder()
            .setDataDirectory(pgData)
            .setCleanDataDirectory(false)
            .setServerConfig("listen_addresses", "localhost")
            .start()) {
      try (Connection c = connect(old.getPort(), "postgres", null);
          Statement s = c.createStatement()) {
        s.execute("CREATE ROLE harbour_owner LOGIN PASSWORD 'harbour_owner'");
        s.execute("CREATE ROLE harbour_app LOGIN PASSWORD 'harbour_app'");
        s.execute("CREATE DATABASE harbour OWNER harbour_owner");
      }
      try (Connection c = connect(old.getPort(), "harbour_owner", "harbour_owner", "harbour");
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE kept (note TEXT)");
        s.execute("INSERT INTO kept VALUES ('written before the upgrade')");
      }
    }
    assertThat(Files.readString(pgData.resolve("pg_hba.conf"))).containsPattern("(?m)^\\S.*trust");

    EmbeddedDatabase db = start();
    try {
      Path file = dataDir.resolve("postgres.pgpass");
      assertOnlyPasswordsLetIn(db.port(), file);
      assertNoTrustInPgHba();
      try (Connection c =
              connect(db.port(), "harbour_owner", passwordIn(file, "harbour_owner"), "harbour");
          Statement s = c.createStatement();
          var rs = s.executeQuery("SELECT note FROM kept")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("written before the upgrade");
      }
    } finally {
      db.close();
    }
  }

  private EmbeddedDatabase start() {
    return EmbeddedDatabase.startOrAttach(dataDir.resolve("postgres"), 0, false, false);
  }

  /** The file's password lets each role in; no password, a wrong one or the role's name do not. */
  private static void assertOnlyPasswordsLetIn(int port, Path file) throws SQLException {
    for (String role : ROLES) {
      assertRefused(port, role, null);
      assertRefused(port, role, role);
      assertRefused(port, role, "not-the-" + role + "-password");
      try (Connection c = connect(port, role, passwordIn(file, role))) {
        assertThat(c.isValid(5)).as(role).isTrue();
      }
    }
  }

  private static void assertRefused(int port, String role, String password) {
    assertThatThrownBy(() -> connect(port, role, password).close())
        .as("%s with password %s", role, password)
        .isInstanceOf(SQLException.class)
        .satisfies(
            e ->
                assertThat(((SQLException) e).getSQLState())
                    .as(e.getMessage())
                    .isIn("28P01", "08004"));
  }

  private void assertNoTrustInPgHba() throws Exception {
    List<String> rules =
        Files.readAllLines(dataDir.resolve("postgres").resolve("pg_hba.conf")).stream()
            .map(l -> l.replaceFirst("#.*", "").strip())
            .filter(l -> !l.isEmpty())
            .toList();
    assertThat(rules).isNotEmpty().allMatch(r -> r.endsWith("scram-sha-256"));
    assertThat(rules).anyMatch(r -> r.startsWith("local"));
  }

  private static Connection connect(int port, String role, String password) throws SQLException {
    return connect(port, role, password, "postgres");
  }

  private static Connection connect(int port, String role, String password, String database)
      throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", role);
    if (password != null) {
      props.setProperty("password", password);
    }
    props.setProperty("connectTimeout", "5");
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port + "/" + database, props);
  }

  static String passwordIn(Path file, String role) {
    try {
      return Files.readAllLines(file).stream()
          .filter(l -> l.startsWith("*:*:*:" + role + ":"))
          .map(l -> l.substring(("*:*:*:" + role + ":").length()))
          .findFirst()
          .orElseThrow();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
