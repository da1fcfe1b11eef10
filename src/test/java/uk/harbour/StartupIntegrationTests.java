package uk.harbour;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Harbour started as a deployment starts it, in a JVM of its own: a database that cannot be reached
 * and a database role that could change the audit trail each give one log line and a failed start.
 * The embedded test database (from this class's own context) stands in for an external PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class StartupIntegrationTests {

  @Value("${harbour.embedded-db.running-port}")
  int databasePort;

  @Test
  void anUnreachableDatabaseGivesOneLineNamingTheUrl() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + closed + "/harbour";
    try (HarbourProcess harbour =
        HarbourProcess.start(
            Map.of(
                "SPRING_DATASOURCE_URL", url + "?ssl=false",
                "SPRING_DATASOURCE_USERNAME", "harbour_app",
                "SPRING_DATASOURCE_PASSWORD", "not-used",
                "SERVER_PORT", "0"))) {
      assertThat(harbour.exitStatus()).isNotZero();
      List<String> reported = problems(harbour.lines());
      assertThat(reported)
          .as("warnings and errors in:%n%s", harbour.output())
          .hasSize(1)
          .first()
          .asString()
          .contains("Harbour could not start: the database could not be reached at " + url + " (")
          .doesNotContain("ssl=false");
      assertThat(harbour.output())
          .doesNotContain("Exception during pool initialization")
          .doesNotContain("APPLICATION FAILED TO START")
          .doesNotContain("Caused by")
          .doesNotContainPattern("(?m)^\\s+at ");
    }
  }

  @Test
  void inProdTheOwnerRoleAsTheApplicationRoleStopsHarbourWithOneLine() throws Exception {
    try (HarbourProcess harbour =
        HarbourProcess.start(
            Map.of(
                "SPRING_PROFILES_ACTIVE", "prod",
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + databasePort + "/harbour",
                "SPRING_DATASOURCE_USERNAME", "harbour_owner",
                "SPRING_DATASOURCE_PASSWORD", "harbour_owner",
                "SERVER_PORT", "0"))) {
      assertThat(harbour.exitStatus()).isNotZero();
      assertThat(problems(harbour.lines()))
          .as("warnings and errors in:%n%s", harbour.output())
          .hasSize(1)
          .first()
          .asString()
          .contains(
              "Harbour will not start (prod): the database role harbour_owner owns audit_event")
          .contains("README.md");
      assertThat(harbour.output()).doesNotContainPattern("(?m)^\\s+at ");
    }
  }

  /** Lines logged at WARN or ERROR. */
  private static List<String> problems(List<String> lines) {
    return lines.stream().filter(l -> l.matches(".*\\b(WARN|ERROR)\\b.*")).toList();
  }
}
