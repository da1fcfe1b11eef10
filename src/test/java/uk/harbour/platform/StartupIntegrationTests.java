package uk.harbour.platform;

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
 * and a database role that could change the audit trail each give one log line and a failed start;
 * {@code prod} on an empty database with the two roles serves the sign-in page and seeds nothing.
 * The {@code prod} cases start the packaged jar ({@code java -jar target/harbour.jar}). The
 * embedded test database (from this class's own context) stands in for an external PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class StartupIntegrationTests {

  @Value("${harbour.embedded-db.running-port}")
  int databasePort;

  @Value("${harbour.data-dir}")
  String dataDir;

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
        HarbourProcess.startJar(
            Map.of(
                "SPRING_PROFILES_ACTIVE", "prod",
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + databasePort + "/harbour",
                "SPRING_DATASOURCE_USERNAME", "harbour_owner",
                "SPRING_DATASOURCE_PASSWORD", password("harbour_owner"),
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

  @Test
  void prodOnAnEmptyDatabaseWithTwoRolesServesTheSignInPageAndSeedsNothing() throws Exception {
    String database = "harbour_prod_" + Long.toHexString(System.nanoTime());
    superuser("postgres", "CREATE DATABASE " + database + " OWNER harbour_owner");
    superuser(
        database,
        "ALTER SCHEMA public OWNER TO harbour_owner; REVOKE CREATE ON SCHEMA public FROM PUBLIC;"
            + " GRANT USAGE ON SCHEMA public TO harbour_app");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    try (HarbourProcess harbour =
        HarbourProcess.startJar(
            Map.of(
                "SPRING_PROFILES_ACTIVE",
                "prod",
                "SPRING_DATASOURCE_URL",
                "jdbc:postgresql://localhost:" + databasePort + "/" + database,
                "SPRING_DATASOURCE_USERNAME",
                "harbour_app",
                "SPRING_DATASOURCE_PASSWORD",
                password("harbour_app"),
                "SPRING_FLYWAY_USER",
                "harbour_owner",
                "SPRING_FLYWAY_PASSWORD",
                password("harbour_owner"),
                "HARBOUR_DB_APP_ROLE",
                "harbour_app",
                "SERVER_PORT",
                Integer.toString(port)))) {
      assertThat(harbour.awaitOutput("Started HarbourApplication")).as(harbour.output()).isTrue();
      var response =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(
                          java.net.URI.create("http://localhost:" + port + "/login"))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("name=\"password\"");
      assertThat(problems(harbour.lines())).as(harbour.output()).isEmpty();
      try (var c = connect(database);
          var rs =
              c.createStatement()
                  .executeQuery(
                      "SELECT (SELECT count(*) FROM app_user) + (SELECT count(*) FROM child)")) {
        rs.next();
        assertThat(rs.getLong(1)).as("users and children in a prod database").isZero();
      }
    } finally {
      superuser("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }

  private java.sql.Connection connect(String database) throws java.sql.SQLException {
    var props = new java.util.Properties();
    props.setProperty("user", "postgres");
    props.setProperty("password", password("postgres"));
    return java.sql.DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + databasePort + "/" + database, props);
  }

  private void superuser(String database, String sql) throws java.sql.SQLException {
    try (var c = connect(database);
        var s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private String password(String role) {
    return TestDatabasePasswords.of(dataDir, role);
  }

  /** Lines logged at WARN or ERROR. */
  private static List<String> problems(List<String> lines) {
    return lines.stream().filter(l -> l.matches(".*\\b(WARN|ERROR)\\b.*")).toList();
  }
}
