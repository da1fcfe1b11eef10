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

  private Result auditVerify() throws IOException, InterruptedException {
    Path out = Files.createTempFile("audit-verify", ".out");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(List.of(java, "-jar", JAR.toString(), "audit", "verify"))
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
