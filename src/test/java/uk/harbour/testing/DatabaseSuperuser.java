package uk.harbour.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Connections to the embedded test database as the PostgreSQL superuser, signed in with the
 * generated password read from {@code <data dir>/postgres.pgpass} as psql would. Tests use it to do
 * what Harbour's own role cannot: what an attacker with database access could do, or running an old
 * migration again as Flyway ran it, before later migrations added their triggers.
 */
public final class DatabaseSuperuser {

  private final int port;
  private final String password;

  /**
   * @param port the test's {@code harbour.embedded-db.running-port}
   * @param dataDir the test's {@code harbour.data-dir}
   */
  public DatabaseSuperuser(int port, String dataDir) {
    this.port = port;
    this.password = passwordOf("postgres", Path.of(dataDir).resolve("postgres.pgpass"));
  }

  /** A new connection to Harbour's database as the superuser; the caller closes it. */
  public Connection connect() throws SQLException {
    return connect("harbour");
  }

  /** A new connection to another database of the same server as the superuser. */
  public Connection connect(String database) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", "postgres");
    props.setProperty("password", password);
    return DriverManager.getConnection(url(database), props);
  }

  /** The JDBC address of a database of the test's server. */
  public String url(String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database;
  }

  /**
   * Runs a script with no trigger firing (as a replica applies changes), in one transaction: how a
   * migration ran before later migrations added triggers to the tables it changes.
   */
  public void runWithoutTriggers(String script) {
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SET LOCAL session_replication_role = replica");
        s.execute(script);
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("Superuser script failed", e);
    }
  }

  /** A role's generated password, as written to {@code <data dir>/postgres.pgpass}. */
  public static String passwordOf(String role, Path pgpass) {
    try {
      String prefix = "*:*:*:" + role + ":";
      return Files.readAllLines(pgpass).stream()
          .filter(l -> l.startsWith(prefix))
          .map(l -> l.substring(prefix.length()))
          .findFirst()
          .orElseThrow(
              () -> new IllegalStateException("No password for " + role + " in " + pgpass));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
