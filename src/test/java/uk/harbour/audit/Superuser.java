package uk.harbour.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A connection to the embedded test database as the PostgreSQL superuser, which (unlike Harbour's
 * own role) can change and delete audit events: what an attacker with database access could do.
 */
final class Superuser {

  private final int port;

  Superuser(int port) {
    this.port = port;
  }

  /** Runs one statement with positional parameters; returns the number of rows changed. */
  int execute(String sql, Object... params) {
    Properties props = new Properties();
    props.setProperty("user", "postgres");
    try (Connection c =
            DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/harbour", props);
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Superuser statement failed: " + sql, e);
    }
  }
}
