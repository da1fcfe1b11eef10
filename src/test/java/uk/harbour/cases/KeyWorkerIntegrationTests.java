package uk.harbour.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.intake.ConcernSeeding;
import uk.harbour.people.Children;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * Issue 9, item 11: one key worker, whichever way the case opened or the key worker changed, named
 * alike on the case, the team page, the child's page and the manager's lists and counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixtures.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyWorkerIntegrationTests {

  @LocalServerPort int port;
  @Autowired CaseFixtures fixtures;
  @Autowired Cases cases;
  @Autowired Children children;
  @Autowired ConcernSeeding seeding;
  @Autowired Directory directory;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;
  @Autowired Teams teams;

  Browser officer;
  Browser kw;
  Browser manager;

  @BeforeAll
  void signIn() {
    officer = Demo.signIn(port, "screening.lee");
    kw = Demo.signIn(port, "kw.jones");
    manager = Demo.signIn(port, "manager.okafor");
  }

  @Test
  void aScreeningReferralOpensTheCaseWithTheTeamsKeyWorker() {
    ChildId child = fixtures.aChildWithKeyWorker("Rosa", "kw.jones");
    int before = openCaseload("Rhys Jones");
    String concern = concern("Rosa");
    Page linked =
        officer.submit(
            officer.get("/screening/" + concern),
            "main form[action$=/link]",
            Map.of("childReference", children.referenceForBreakGlass(child)));
    assertThat(linked.isRedirect()).isTrue();
    Page decided =
        officer.submit(
            officer.get("/screening/" + concern),
            "main form[action$=/decision]",
            Map.of("outcome", "REFERRAL_TO_CSE_SERVICE", "reasons", "Needs the CSE service"));
    assertThat(decided.location()).isEqualTo("/screening");
    CaseId id = cases.openCase(child).orElseThrow().id();

    Page home = kw.get("/cases/" + id);
    assertThat(home.document().select("#key-worker").text())
        .contains("Rhys Jones")
        .doesNotContain("Not allocated");
    assertThat(home.document().select("table:has(caption:contains(Key workers over time))").text())
        .contains("Rhys Jones");
    assertThat(
            kw.get("/cases/" + id + "/chronology?kind=ALLOCATION")
                .document()
                .select("#chronology tbody")
                .text())
        .contains("Rhys Jones");
    Page caseloads = manager.get("/cases/manager");
    assertThat(caseloads.document().select("#unallocated a[href=/cases/" + id + "]")).isEmpty();
    assertThat(openCaseload("Rhys Jones")).isEqualTo(before + 1);
  }

  @Test
  void changingTheKeyWorkerOnTheTeamPageChangesTheCasesKeyWorkerAndItsHistory() {
    ChildId child = fixtures.aChildWithKeyWorker("Tilly", "kw.jones");
    Page opened = kw.post("/cases/open/" + child, Map.of("_csrf", kw.csrfToken()));
    assertThat(opened.isRedirect()).isTrue();
    CaseId id = cases.openCase(child).orElseThrow().id();
    String jones = directory.findUserByUsername("kw.jones").orElseThrow().id().toString();
    String ahmed = directory.findUserByUsername("kw.ahmed").orElseThrow().id().toString();
    teams.assign(
        child,
        directory.findUserByUsername("sw.taylor").orElseThrow().id(),
        TeamRole.SOCIAL_WORKER);

    Page removed =
        manager.post(
            "/children/" + child + "/team/" + jones + "/remove",
            Map.of("_csrf", manager.csrfToken()));
    assertThat(removed.isRedirect()).isTrue();
    assertThat(manager.get("/cases/" + id).document().select("#key-worker").text())
        .contains("Not allocated");
    assertThat(
            manager
                .get("/cases/manager")
                .document()
                .select("#unallocated a[href=/cases/" + id + "]"))
        .isNotEmpty();

    Page added =
        manager.post(
            "/children/" + child + "/team",
            Map.of("_csrf", manager.csrfToken(), "userId", ahmed, "teamRole", "KEY_WORKER"));
    assertThat(added.isRedirect()).isTrue();
    Page home = manager.get("/cases/" + id);
    assertThat(home.document().select("#key-worker").text()).contains("Yusuf Ahmed");
    assertThat(home.document().select("table:has(caption:contains(Key workers over time))").text())
        .contains("Rhys Jones")
        .contains("Yusuf Ahmed");
    assertThat(
            manager
                .get("/cases/manager")
                .document()
                .select("#unallocated a[href=/cases/" + id + "]"))
        .isEmpty();
    assertThat(
            manager
                .get("/cases/" + id + "/chronology?kind=ALLOCATION")
                .document()
                .select("#chronology tbody")
                .text())
        .contains("Yusuf Ahmed");
  }

  @Test
  void allocatingOnTheCaseMakesTheTeamSayTheSameAndTwoKeyWorkersCannotBeStored() {
    ChildId child = fixtures.aChildWithKeyWorker("Uma", "kw.jones");
    kw.post("/cases/open/" + child, Map.of("_csrf", kw.csrfToken()));
    CaseId id = cases.openCase(child).orElseThrow().id();
    String taylor = directory.findUserByUsername("sw.taylor").orElseThrow().id().toString();
    Page allocated =
        manager.submit(
            manager.get("/cases/" + id + "/allocate"),
            Map.of("userId", taylor, "reason", "Rhys is moving to another team"));
    assertThat(allocated.isRedirect()).as(allocated.body()).isTrue();
    assertThat(keyWorkerOnTeamPage(child)).isEqualTo("Priya Taylor");
    assertThat(manager.get("/cases/" + id).document().select("#key-worker").text())
        .contains("Priya Taylor");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                jdbc.sql(
                        "INSERT INTO team_member (child_id, user_id, team_role, added_at)"
                            + " SELECT ?, id, 'KEY_WORKER', now() FROM app_user"
                            + " WHERE username = 'kw.ahmed'")
                    .param(child.value())
                    .update())
        .as("a second key worker for one child")
        .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
  }

  private String keyWorkerOnTeamPage(ChildId child) {
    return manager
        .get("/children/" + child + "/team")
        .document()
        .select("main table tbody tr")
        .stream()
        .filter(r -> r.select("td").get(1).text().equals("Key worker"))
        .map(r -> r.select("td").get(0).text())
        .findFirst()
        .orElse("");
  }

  private int openCaseload(String keyWorker) {
    return manager.get("/cases/manager").document().select("#caseloads tbody tr").stream()
        .filter(r -> r.select("td").get(0).text().equals(keyWorker))
        .map(r -> Integer.parseInt(r.select("td").get(1).text()))
        .findFirst()
        .orElse(0);
  }

  /** A practitioner's concern about a child of this first name, awaiting screening; its id. */
  private String concern(String firstName) {
    return new AwaitingConcerns(seeding, directory, jdbc).about(firstName);
  }
}
