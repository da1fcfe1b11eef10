package uk.harbour.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A connection to the embedded test database as the PostgreSQL superuser, which (unlike Harbour's
 * own role) can change and delete audit events: what an attacker with database access could do. It
 * signs in with the generated password, read from {@code <data dir>/postgres.pgpass} as psql would.
 */
final class Superuser {

  private final int port;
  private final String password;

  /**
   * @param dataDir the test's {@code harbour.data-dir}
   */
  Superuser(int port, String dataDir) {
    this.port = port;
    this.password = passwordOf("postgres", Path.of(dataDir).resolve("postgres.pgpass"));
  }

  /** Runs one statement with positional parameters; returns the number of rows changed. */
  int execute(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Superuser statement failed: " + sql, e);
    }
  }

  Connection connect() throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", "postgres");
    props.setProperty("password", password);
    return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/harbour", props);
  }

  static String passwordOf(String role, Path pgpass) {
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
