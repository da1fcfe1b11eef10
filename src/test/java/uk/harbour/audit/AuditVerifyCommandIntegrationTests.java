package uk.harbour.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the documented command, {@code java -jar target/harbour.jar audit verify}, as a separate
 * process against this test's embedded database (it attaches to the running server, as it would to
 * a running Harbour). The jar is built by the {@code package} phase, before failsafe runs.
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditVerifyCommandIntegrationTests {

  static final Path JAR = Path.of("target", "harbour.jar");

  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  @Value("${harbour.embedded-db.running-port}")
  int port;

  @Value("${harbour.data-dir}")
  String dataDir;

  AuditTestEvents events;

  @BeforeEach
  void setUp() {
    assertThat(JAR).as("run through Maven: the package phase builds the jar").isRegularFile();
    events = new AuditTestEvents(publisher, transactions, jdbc);
  }

  @Test
  void reportsAnIntactChainAndExitsZero() throws Exception {
    events.publishViews(AuditTestEvents.uniqueRecordType(), 3);

    Result result = auditVerify();

    assertThat(result.exitCode()).as(result.stdout()).isZero();
    assertThat(result.stdout()).containsPattern("(?m)^Audit chain intact: \\d+ events checked$");
  }

  @Test
  void namesTheFirstBrokenLinkAndExitsOne() throws Exception {
    String type = AuditTestEvents.uniqueRecordType();
    events.publishViews(type, 3);
    StoredEvent victim = events.eventsFor(type).get(1);
    Superuser superuser = new Superuser(port, dataDir);

    superuser.execute(
        "UPDATE audit_event SET username = 'someone.else' WHERE seq = ?", victim.seq());
    Result result;
    try {
      result = auditVerify();
    } finally {
      superuser.execute(
          "UPDATE audit_event SET username = ? WHERE seq = ?", victim.username(), victim.seq());
    }

    assertThat(result.exitCode()).as(result.stdout()).isEqualTo(1);
    assertThat(result.stdout())
        .contains(
            "Audit chain broken at event seq="
                + victim.seq()
                + " id="
                + victim.id()
                + " (recorded "
                + AuditHash.time(victim.occurredAt())
                + "): its contents do not match its hash (the event was changed)");
  }

  @Test
  void afterAuditCheckpointDeletingTheNewestEventsMakesAuditVerifyFailNamingTheShortfall()
      throws Exception {
    events.publishViews(AuditTestEvents.uniqueRecordType(), 3);

    Result checkpoint = harbour("audit", "checkpoint");

    assertThat(checkpoint.exitCode()).as(checkpoint.stdout()).isZero();
    java.util.regex.Matcher recorded =
        java.util.regex.Pattern.compile(
                "Audit checkpoint recorded: seq=(\\d+) hash=([0-9a-f]{64}) recorded=\\S+"
                    + " signature=[0-9a-f]{64} \\(in the database and in .+\\)")
            .matcher(checkpoint.stdout().strip());
    assertThat(recorded.matches()).as(checkpoint.stdout()).isTrue();
    long seq = Long.parseLong(recorded.group(1));
    String hash = recorded.group(2);

    Result result;
    try (Superuser.TailCut cut = new Superuser(port, dataDir).cutTailAfter(seq - 2, false)) {
      result = auditVerify();
    }

    assertThat(result.exitCode()).as(result.stdout()).isEqualTo(1);
    assertThat(result.stdout())
        .startsWith(
            "Audit chain broken: events missing after checkpoint: latest checkpoint seq="
                + seq
                + " hash="
                + hash
                + ", table ends at seq="
                + (seq - 2));
  }

  private Result auditVerify() throws IOException, InterruptedException {
    return harbour("audit", "verify");
  }

  private Result harbour(String... command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("audit-verify", ".out");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> line = new java.util.ArrayList<>(List.of(java, "-jar", JAR.toString()));
    line.addAll(List.of(command));
    ProcessBuilder builder =
        new ProcessBuilder(line)
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("SPRING_") || k.startsWith("HARBOUR_"));
    builder.environment().put("HARBOUR_DATA_DIR", Path.of(dataDir).toAbsolutePath().toString());
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("audit verify did not finish");
    }
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    Files.delete(out);
    return new Result(process.exitValue(), stdout);
  }

  record Result(int exitCode, String stdout) {}
}
