package uk.harbour.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.testing.DatabaseSuperuser;

/**
 * Each module keeps its migrations in its own folder under {@code db/migration/<module>}, with the
 * versions they had when they all sat in one folder, so a database that an earlier Harbour created
 * migrates on without a change (docs/adr/021).
 *
 * <p>{@code db/created-by-main/} holds what Harbour's main branch at 9d5aed2, the last commit with
 * one migrations folder, left in a database it created: its Flyway history and its schema, one line
 * per table column, constraint, index, view, function, trigger and grant ({@code
 * db/schema-fingerprint.sql}). This test rebuilds such a database the way that main did (every
 * migration from one folder), checks it matches that record line for line, and then lets today's
 * Harbour migrate it: it must validate, migrate and end with the same history and schema as a
 * database Harbour creates fresh.
 */
@SpringBootTest
@ActiveProfiles("test")
class MigrationLayoutIntegrationTests {

  private static final String AS_MAIN = "harbour_as_main_created";

  @Autowired Flyway flyway;

  @Value("${harbour.embedded-db.running-port}")
  int databasePort;

  @Value("${harbour.data-dir}")
  String dataDir;

  @TempDir Path oneFolder;

  @Test
  void aDatabaseTheOneFolderLayoutCreatedMigratesOnToTheSameSchemaAsAFreshOne() throws Exception {
    DatabaseSuperuser superuser = new DatabaseSuperuser(databasePort, dataDir);
    recreate(superuser);
    DriverManagerDataSource asMain = ownerDataSource(superuser, AS_MAIN);

    copyEveryMigrationInto(oneFolder);
    Flyway.configure()
        .configuration(flyway.getConfiguration())
        .dataSource(asMain)
        .locations("filesystem:" + oneFolder)
        .load()
        .migrate();
    assertThat(history(asMain)).isEqualTo(resourceLines("/db/created-by-main/flyway-history.txt"));
    assertThat(schema(asMain)).isEqualTo(resourceLines("/db/created-by-main/schema.txt"));

    Flyway today =
        Flyway.configure().configuration(flyway.getConfiguration()).dataSource(asMain).load();
    // Valid, apart from the migrations added since main at 9d5aed2, which are still to apply.
    assertThat(
            Flyway.configure()
                .configuration(flyway.getConfiguration())
                .dataSource(asMain)
                .ignoreMigrationPatterns("*:pending")
                .load()
                .validateWithResult()
                .validationSuccessful)
        .isTrue();
    MigrateResult result = today.migrate();
    assertThat(result.success).isTrue();

    DriverManagerDataSource fresh = ownerDataSource(superuser, "harbour");
    assertThat(history(asMain)).isEqualTo(history(fresh));
    assertThat(schema(asMain)).isEqualTo(schema(fresh));
  }

  @Test
  void everyMigrationSitsInAModuleFolderFlywayReadsAndNoVersionIsUsedTwice() throws IOException {
    List<String> locations =
        Arrays.stream(flyway.getConfiguration().getLocations()).map(Object::toString).toList();
    List<String> versions = new ArrayList<>();
    for (Resource script :
        new PathMatchingResourcePatternResolver()
            .getResources("classpath*:db/migration/**/*.sql")) {
      String path = script.getURL().getPath();
      String folder = path.substring(path.indexOf("db/migration/"), path.lastIndexOf('/'));
      assertThat(locations).as(path).contains("classpath:" + folder);
      versions.add(script.getFilename().substring(0, script.getFilename().indexOf("__")));
    }
    assertThat(versions).hasSizeGreaterThanOrEqualTo(42).doesNotHaveDuplicates();
  }

  @AfterEach
  void dropTheCopy() throws SQLException {
    try (Connection c = new DatabaseSuperuser(databasePort, dataDir).connect();
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + AS_MAIN + " WITH (FORCE)");
    }
  }

  private void recreate(DatabaseSuperuser superuser) throws SQLException {
    try (Connection c = superuser.connect();
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + AS_MAIN + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + AS_MAIN + " OWNER " + EmbeddedDatabase.OWNER_ROLE);
    }
  }

  private DriverManagerDataSource ownerDataSource(DatabaseSuperuser superuser, String database) {
    String owner = EmbeddedDatabase.OWNER_ROLE;
    return new DriverManagerDataSource(
        superuser.url(database),
        owner,
        DatabaseSuperuser.passwordOf(owner, Path.of(dataDir).resolve("postgres.pgpass")));
  }

  /**
   * Every migration that main had at 9d5aed2 (the scripts its recorded history names), into one
   * folder; migrations added since are today's Harbour's to apply.
   */
  private void copyEveryMigrationInto(Path folder) throws IOException {
    java.util.Set<String> thenKnown =
        resourceLines("/db/created-by-main/flyway-history.txt").stream()
            .map(line -> line.split("\\|")[3])
            .collect(java.util.stream.Collectors.toSet());
    for (Resource script :
        new PathMatchingResourcePatternResolver()
            .getResources("classpath*:db/migration/**/*.sql")) {
      if (!thenKnown.contains(script.getFilename())) {
        continue;
      }
      try (InputStream in = script.getInputStream()) {
        Files.copy(in, folder.resolve(script.getFilename()));
      }
    }
  }

  private static List<String> history(DriverManagerDataSource db) {
    return org.springframework.jdbc.core.simple.JdbcClient.create(db)
        .sql(
            """
            SELECT version || '|' || description || '|' || type || '|' || script || '|' || checksum
              FROM flyway_schema_history ORDER BY installed_rank
            """)
        .query(String.class)
        .list();
  }

  private List<String> schema(DriverManagerDataSource db) throws IOException {
    String query = String.join("\n", resourceLines("/db/schema-fingerprint.sql"));
    return org.springframework.jdbc.core.simple.JdbcClient.create(db)
        .sql(query)
        .query(String.class)
        .list();
  }

  private List<String> resourceLines(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
