package uk.harbour.tools.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.core.env.Environment;

/**
 * What the generators and benchmarks need from the machine: its load, and the owner's connection.
 */
public final class Machine {

  private Machine() {}

  /** The load averages over 1, 5 and 15 minutes, as /proc/loadavg has them, or "unknown". */
  public static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /**
   * A connection as the migration owner (COPY into any table, ANALYZE, indexes): Flyway's settings,
   * or the application's when Flyway has none of its own.
   */
  public static Connection ownerConnection(Environment environment) throws SQLException {
    String url =
        environment.getProperty(
            "spring.flyway.url", environment.getProperty("spring.datasource.url"));
    String user = environment.getProperty("spring.flyway.user");
    String password = environment.getProperty("spring.flyway.password");
    if (user == null || user.isBlank()) {
      user = environment.getProperty("spring.datasource.username");
      password = environment.getProperty("spring.datasource.password");
    }
    return DriverManager.getConnection(url, user, password);
  }
}
