package uk.harbour.tools.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Role;
import uk.harbour.audit.AuditBackfill;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Page;
import uk.harbour.testing.SignIn;
import uk.harbour.testing.TestUsers;

/**
 * The synthetic data generator at a small scale, on a database of its own (the demo world only),
 * then the page benchmark against it over real HTTP.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "harbour.data-dir=target/test-data-synthetic")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GenerateCommandIntegrationTests {

  static final String GENERATED_CASES =
      "SELECT id FROM cases WHERE opened_by_name = 'Synthetic generator'";

  @LocalServerPort int port;
  @Autowired DataGuard guard;
  @Autowired StaffPool staffPool;
  @Autowired CaseBatch caseBatch;
  @Autowired AuditBackfill audit;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;
  @Autowired Directory directory;
  @Autowired ApplicationContext context;
  @TempDir static Path dir;

  Path manifest;
  String printed;

  @Test
  @Order(1)
  void generatesTheVolumesAskedForWithARealisticSpread() throws Exception {
    long auditBefore = count("SELECT count(*) FROM audit_event");
    manifest = dir.resolve("users.csv");
    GenerateCommand command = command();
    command.run(
        new DefaultApplicationArguments(
            "--children=120",
            "--chronology=1500",
            "--voice=2",
            "--audit=3000",
            "--batch=50",
            "--manifest=" + manifest));

    assertThat(command.getExitCode()).as(printed).isZero();
    assertThat(printed).contains("Generated 120 children with cases", "1500 chronology entries");
    assertThat(count("SELECT count(*) FROM (" + GENERATED_CASES + ") c")).isEqualTo(120);
    assertThat(count("SELECT count(*) FROM child WHERE updated_by_name = 'Synthetic generator'"))
        .isEqualTo(120);
    assertThat(inGenerated("chronology_entry")).isEqualTo(1500);
    assertThat(inGenerated("voice_entry")).isEqualTo(240);
    assertThat(count("SELECT count(*) FROM audit_event"))
        .as("3,000 events of history plus one summary per bulk step")
        .isGreaterThanOrEqualTo(auditBefore + 3000);

    List<String> statuses =
        jdbc.sql("SELECT DISTINCT status FROM cases WHERE id IN (" + GENERATED_CASES + ")")
            .query(String.class)
            .list();
    assertThat(statuses).containsExactlyInAnyOrder("OPEN", "STEPPED_DOWN", "CLOSED");
    assertThat(
            count(
                "SELECT count(*) FROM cases WHERE status = 'OPEN' AND id IN ("
                    + GENERATED_CASES
                    + ")"))
        .as("most cases are open")
        .isGreaterThan(60);
    assertThat(
            count(
                "SELECT count(DISTINCT k.user_id) FROM cases c JOIN child_key_worker k"
                    + " ON k.child_id = c.child_id WHERE c.id IN ("
                    + GENERATED_CASES
                    + ")"))
        .as("one key worker per 15 to 25 young people")
        .isBetween(5L, 8L);
    assertThat(
            count(
                "SELECT max(n) FROM (SELECT count(*) AS n FROM cases c JOIN child_key_worker k"
                    + " ON k.child_id = c.child_id WHERE c.id IN ("
                    + GENERATED_CASES
                    + ") GROUP BY k.user_id) loads"))
        .isLessThanOrEqualTo(25);
    assertThat(
            count(
                "SELECT count(DISTINCT kind) FROM chronology_entry WHERE case_id IN ("
                    + GENERATED_CASES
                    + ")"))
        .as("mixed kinds, not only written entries")
        .isGreaterThan(6);
    assertThat(
            count(
                "SELECT count(DISTINCT significance) FROM chronology_entry WHERE case_id IN ("
                    + GENERATED_CASES
                    + ")"))
        .isEqualTo(3);
    assertThat(
            count(
                "SELECT count(*) FROM team_member tm JOIN cases c ON c.child_id = tm.child_id"
                    + " WHERE c.id IN ("
                    + GENERATED_CASES
                    + ") AND tm.team_role <> 'KEY_WORKER'"))
        .as("other practitioners in the teams around the child")
        .isGreaterThan(120);
    assertThat(inGenerated("assessment")).isBetween(20L, 80L);
    assertThat(inGenerated("plan")).isBetween(10L, 70L);
    assertThat(
            count(
                "SELECT count(*) FROM plan_action a JOIN plan p ON p.id = a.plan_id"
                    + " WHERE a.section = 'DISRUPTION' AND p.case_id IN ("
                    + GENERATED_CASES
                    + ")"))
        .as("every plan leads with disruption")
        .isEqualTo(2 * inGenerated("plan"));
    assertThat(
            count(
                "SELECT count(*) FROM plan_review r JOIN plan p ON p.id = r.plan_id"
                    + " WHERE p.case_id IN ("
                    + GENERATED_CASES
                    + ")"))
        .isPositive();

    Object check = ReflectionTestUtils.invokeMethod(context.getBean(verifierType()), "verify");
    assertThat((Boolean) ReflectionTestUtils.invokeMethod(check, "intact"))
        .as("audit verify still passes: %s", check)
        .isTrue();
  }

  @Test
  @Order(2)
  void generatedPractitionersSignInAndSeeTheirCasesAndTheBenchmarkTimesThePages() throws Exception {
    List<PageBenchmark.Account> accounts = PageBenchmark.read(manifest);
    assertThat(accounts).isNotEmpty();
    assertThat(accounts.stream().map(PageBenchmark.Account::kind).distinct())
        .contains("manager", "key-worker", "police", "school");

    PageBenchmark.Account keyWorker =
        accounts.stream().filter(a -> a.kind().equals("key-worker")).findFirst().orElseThrow();
    Browser browser =
        SignIn.as(port, keyWorker.username(), keyWorker.password(), keyWorker.totpSecret());
    String caseId = keyWorker.cases().get(0);
    for (String page : List.of("", "/chronology", "/plan")) {
      Page shown = browser.get("/cases/" + caseId + page);
      assertThat(shown.status()).as(page).isEqualTo(200);
    }

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        new PageBenchmark(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8))
            .execute(
                new String[] {
                  "--base-url", "http://localhost:" + port,
                  "--users", "4",
                  "--duration", "3s",
                  "--warmup", "0s",
                  "--max-requests", "40",
                  "--manifest", manifest.toString()
                });
    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(status).as(report).isZero();
    assertThat(report).contains("Signed in 4 of 4 accounts", "case home", "chronology", "plan");
    assertThat(report).containsPattern("all pages\\s+\\d+\\s+0\\s");
  }

  @Test
  @Order(3)
  void refusesWhenTheDatabaseHoldsAccountsItCannotRecognise() {
    new TestUsers(directory).create(Role.PRACTITIONER);
    GenerateCommand command = command();
    command.run(new DefaultApplicationArguments("--children=5", "--audit=0"));
    assertThat(command.getExitCode()).isEqualTo(1);
    assertThat(printed).contains("Nothing generated", "neither demo nor synthetic");
  }

  private GenerateCommand command() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    return new GenerateCommand(guard, staffPool, caseBatch, audit, transaction, clock, dir, print) {
      @Override
      public void run(org.springframework.boot.ApplicationArguments args) {
        super.run(args);
        printed = out.toString(StandardCharsets.UTF_8);
      }
    };
  }

  private long inGenerated(String table) {
    return count("SELECT count(*) FROM " + table + " WHERE case_id IN (" + GENERATED_CASES + ")");
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private static Class<?> verifierType() throws Exception {
    return Class.forName("uk.harbour.audit.AuditVerifier");
  }
}
