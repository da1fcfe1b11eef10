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
import uk.harbour.intake.ConcernSeeding;
import uk.harbour.people.Children;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * Issue 9, item 10: every concern linked to a child reaches the child's case, in its chronology and
 * among the concerns that led to it, whether the case is open, stepped down or closed (then when it
 * is reopened), or opens only later.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixtures.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcernsReachTheCaseIntegrationTests {

  @LocalServerPort int port;
  @Autowired CaseFixtures fixtures;
  @Autowired Cases cases;
  @Autowired Children children;
  @Autowired ConcernSeeding seeding;
  @Autowired Directory directory;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;

  Browser officer;
  Browser kw;

  @BeforeAll
  void signIn() {
    officer = Demo.signIn(port, "screening.lee");
    kw = Demo.signIn(port, "kw.jones");
  }

  @Test
  void aSecondConcernLinkedToAChildWithAnOpenCaseIsInItsChronologyAndAmongItsConcerns() {
    ChildId child = fixtures.aChildWithKeyWorker("Sadie", "kw.jones");
    String first = concern("Sadie");
    link(first, child);
    decide(first, "REFERRAL_TO_CSE_SERVICE");
    CaseId id = cases.openCase(child).orElseThrow().id();

    String second = concern("Sadie");
    link(second, child);
    assertThat(concernsOnHome(id)).contains(reference(first)).contains(reference(second));
    assertThat(chronology(id, "CONCERN")).contains(reference(second));

    decide(second, "REFERRAL_TO_CSE_SERVICE");
    assertThat(occurrences(chronology(id, "CONCERN"), reference(second))).isEqualTo(1);
    assertThat(chronology(id, "SCREENING_DECISION")).contains(reference(second));
  }

  @Test
  void aConcernUnlinkedByMistakeLeavesTheCaseAndTheChronologySaysSo() {
    ChildId child = fixtures.aChildWithKeyWorker("Una", "kw.jones");
    CaseId id = openCase(child);
    String wrong = concern("Una");
    link(wrong, child);
    assertThat(concernsOnHome(id)).contains(reference(wrong));

    officer.submit(officer.get("/screening/" + wrong), "main form[action$=/unlink]", Map.of());
    assertThat(concernsOnHome(id)).doesNotContain(reference(wrong));
    assertThat(chronology(id, "CONCERN"))
        .contains(reference(wrong))
        .containsIgnoringCase("unlinked");
    decide(wrong, "NO_FURTHER_ACTION");
  }

  @Test
  void aConcernLinkedToAChildWhoseCaseIsSteppedDownIsOnTheCaseAndAReferralStepsItBackUp() {
    ChildId child = fixtures.aChildWithKeyWorker("Stella", "kw.jones");
    CaseId id = openCase(child);
    changeStatus(id, "STEPPED_DOWN");
    String later = concern("Stella");
    link(later, child);
    assertThat(concernsOnHome(id)).contains(reference(later));
    assertThat(chronology(id, "CONCERN")).contains(reference(later));
    assertThat(status(id)).isEqualTo("STEPPED_DOWN");

    decide(later, "REFERRAL_TO_CSE_SERVICE");
    assertThat(status(id)).isEqualTo("OPEN");
  }

  @Test
  void aConcernLinkedWhileTheCaseIsClosedJoinsItWhenItIsReopened() {
    ChildId child = fixtures.aChildWithKeyWorker("Clara", "kw.jones");
    CaseId id = openCase(child);
    changeStatus(id, "CLOSED");
    String meanwhile = concern("Clara");
    link(meanwhile, child);
    decide(meanwhile, "ADVICE_GIVEN");
    assertThat(concernsOnHome(id)).doesNotContain(reference(meanwhile));

    changeStatus(id, "OPEN");
    assertThat(concernsOnHome(id)).contains(reference(meanwhile));
    assertThat(chronology(id, "CONCERN")).contains(reference(meanwhile));
  }

  @Test
  void concernsLinkedBeforeAnyCaseJoinTheCaseWhenItOpens() {
    ChildId child = fixtures.aChildWithKeyWorker("Bea", "kw.jones");
    String earlier = concern("Bea");
    link(earlier, child);
    decide(earlier, "NO_FURTHER_ACTION");
    String referred = concern("Bea");
    link(referred, child);
    decide(referred, "REFERRAL_TO_CSE_SERVICE");
    CaseId id = cases.openCase(child).orElseThrow().id();
    assertThat(concernsOnHome(id)).contains(reference(earlier)).contains(reference(referred));
    assertThat(chronology(id, "CONCERN"))
        .contains(reference(earlier))
        .contains(reference(referred));
  }

  private CaseId openCase(ChildId child) {
    Page opened = kw.post("/cases/open/" + child, Map.of("_csrf", kw.csrfToken()));
    assertThat(opened.isRedirect()).as("case opened").isTrue();
    return cases.latestCase(child).orElseThrow().id();
  }

  private void changeStatus(CaseId id, String status) {
    Page form = kw.get("/cases/" + id + "/status");
    Page done =
        kw.submit(form, Map.of("status", status, "reason", "Testing what happens to concerns"));
    assertThat(done.isRedirect()).as("status changed to " + status + ": " + done.body()).isTrue();
  }

  private String status(CaseId id) {
    return jdbc.sql("SELECT status FROM cases WHERE id = ?")
        .param(id.value())
        .query(String.class)
        .single();
  }

  /** A practitioner's concern about a child of this first name, awaiting screening; its id. */
  private String concern(String firstName) {
    return new AwaitingConcerns(seeding, directory, jdbc).about(firstName);
  }

  private String reference(String concern) {
    return jdbc.sql("SELECT reference FROM concern WHERE id = ?::uuid")
        .param(concern)
        .query(String.class)
        .single();
  }

  private void link(String concern, ChildId child) {
    Page linked =
        officer.submit(
            officer.get("/screening/" + concern),
            "main form[action$=/link]",
            Map.of("childReference", children.referenceForBreakGlass(child)));
    assertThat(linked.isRedirect()).as("linked: " + linked.body()).isTrue();
  }

  private void decide(String concern, String outcome) {
    Page decided =
        officer.submit(
            officer.get("/screening/" + concern),
            "main form[action$=/decision]",
            Map.of("outcome", outcome, "reasons", "Reasons for the test's decision"));
    assertThat(decided.location()).as("decided: " + decided.body()).isEqualTo("/screening");
  }

  private String concernsOnHome(CaseId id) {
    Page home = kw.get("/cases/" + id);
    assertThat(home.status()).isEqualTo(200);
    return home.document().select("#case-summary").text();
  }

  private String chronology(CaseId id, String kind) {
    return kw.get("/cases/" + id + "/chronology?kind=" + kind)
        .document()
        .select("#chronology tbody")
        .text();
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
