package uk.harbour.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/** The case home page, opening, allocation and status pages over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixtures.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasePagesIntegrationTests {

  @LocalServerPort int port;
  @Autowired CaseFixtures fixtures;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;

  @Test
  void aKeyWorkerOpensACaseFromTheChildsRecordAndAManagerReallocatesWithAReason() {
    actAs.user("kw.jones");
    ChildId child = fixtures.aChildWithKeyWorker("Fay", "kw.jones");
    actAs.nobody();
    Browser kw = Demo.signIn(port, "kw.jones");

    Page record = kw.get("/children/" + child);
    assertThat(record.document().select("main a[href='/cases/open/" + child + "']")).hasSize(1);
    Page confirm = kw.get("/cases/open/" + child);
    Page opened = kw.submit(confirm, Map.of());
    assertThat(opened.isRedirect()).isTrue();
    String casePath = opened.location();
    Page again = kw.submit(confirm, Map.of());
    assertThat(again.location()).as("a double submit opens one case").isEqualTo(casePath);

    Page home = kw.get(casePath);
    assertThat(home.status()).isEqualTo(200);
    String caseId = casePath.substring("/cases/".length());
    assertThat(home.document().select("#case-links a").eachAttr("href"))
        .contains("/cases/" + caseId + "/assessment", "/cases/" + caseId + "/plan");
    assertThat(home.document().select("#key-worker").text()).contains("Rhys Jones");
    assertThat(home.document().select("#team").text()).contains("Rhys Jones");
    assertThat(kw.get("/children/" + child).document().select("main a[href='" + casePath + "']"))
        .hasSize(1);
    assertThat(kw.get(casePath + "/allocate").document().select("main form[method=post]"))
        .as("key workers do not allocate")
        .isEmpty();

    Browser manager = Demo.signIn(port, "manager.okafor");
    Page allocate = manager.get(casePath + "/allocate");
    String taylor =
        allocate.document().select("#userId option").stream()
            .filter(o -> o.text().startsWith("Priya Taylor"))
            .findFirst()
            .orElseThrow()
            .attr("value");
    Page noReason = manager.submit(allocate, Map.of("userId", taylor, "reason", ""));
    assertThat(noReason.errorSummary()).contains("Enter why the key worker is changing");
    Page tooLong = manager.submit(allocate, Map.of("userId", taylor, "reason", "x".repeat(5001)));
    assertThat(tooLong.fieldError("reason")).contains("5,000 characters or fewer");
    Page done = manager.submit(allocate, Map.of("userId", taylor, "reason", "Rhys moves team"));
    assertThat(done.location()).isEqualTo(casePath);
    Page stale = manager.submit(allocate, Map.of("userId", taylor, "reason", "Twice"));
    assertThat(stale.status()).as("the form's version is now old").isEqualTo(409);

    Page after = manager.get(casePath);
    assertThat(after.document().select("#key-worker").text()).contains("Priya Taylor");
    assertThat(after.body()).contains("Rhys moves team");
    assertThat(kw.get(casePath).status())
        .as("the previous key worker left the team")
        .isEqualTo(404);

    Page status = manager.get(casePath + "/status");
    Page missing = manager.submit(status, Map.of());
    assertThat(missing.errorSummary())
        .contains("Select what should happen to the case")
        .contains("Enter the reason");
    Page closed =
        manager.submit(
            status,
            Map.of(
                "status", "CLOSED",
                "reason", "Safe at home, support from school continues",
                "followUpDay", "1",
                "followUpMonth", "2",
                "followUpYear", "2099"));
    assertThat(closed.location()).isEqualTo(casePath);
    Page closedHome = manager.get(casePath);
    assertThat(closedHome.document().select("#case-summary").text())
        .contains("Closed")
        .contains("1 February 2099");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE record_type = 'case' AND record_id = ?"
                        + " AND action = 'VIEW'")
                .param(caseId)
                .query(Long.class)
                .single())
        .isGreaterThan(3);
  }

  @Test
  void someoneOutsideTheTeamIsToldTheCaseDoesNotExist() {
    actAs.user("kw.jones");
    ChildId child = fixtures.aChildWithKeyWorker("Gia", "kw.jones");
    actAs.nobody();
    Browser kw = Demo.signIn(port, "kw.jones");
    String casePath = kw.submit(kw.get("/cases/open/" + child), Map.of()).location();
    Browser outsider = Demo.signIn(port, "kw.ahmed");
    assertThat(outsider.get(casePath).status()).isEqualTo(404);
    assertThat(outsider.get(casePath + "/chronology").status()).isEqualTo(404);
    assertThat(outsider.get("/cases/not-a-case").status()).isEqualTo(404);
  }
}
