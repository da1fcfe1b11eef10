package uk.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;
import uk.harbour.testing.PublicReporter;

/**
 * Screening over real HTTP, signed in as the demo screening officer. Tests that link a concern to a
 * demo child decide or unlink it before they end, so that the officer's screening access does not
 * outlive the test (other tests share this database).
 */
// Loopback is a trusted proxy here, so each PublicReporter's X-Forwarded-For gives it an address
// of its own (by default Harbour believes the header from no one: HARBOUR_TRUSTED_PROXIES).
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "harbour.trusted-proxies=127.0.0.1, 0:0:0:0:0:0:0:1")
@ActiveProfiles("test")
@Import(ActAs.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreeningEndToEndIntegrationTests {

  static final String DECISION_FORM = "main form[action$=/decision]";
  static final String LINK_FORM = "main form[action$=/link]";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ActAs actAs;
  @Autowired Concerns concerns;

  Browser officer;
  Browser keyWorker;

  @BeforeAll
  void signIn() {
    officer = Demo.signIn(port, "screening.lee");
    keyWorker = Demo.signIn(port, "kw.jones");
  }

  @AfterEach
  void nobody() {
    actAs.nobody();
  }

  @Test
  void aPublicReportSentWithoutSigningInAppearsInTheScreeningQueue() {
    PublicReporter reporter = new PublicReporter(port);
    Page sent =
        reporter.reportAndFollow(
            Map.of(
                "whatHappened",
                    "A girl of about 13 was taken into room 12 by two men <b>tonight</b>",
                "dangerNow", "YES",
                "contactEmail", "night.manager@example.org"));
    String reference = sent.document().select(".govuk-panel__body strong").text();

    Page queue = officer.get("/screening");
    // The queue shows the reporter's reference beside the internal one, which links to the page.
    String internal =
        jdbc.sql("SELECT reference FROM concern WHERE public_reference = ?")
            .param(reference)
            .query(String.class)
            .single();
    assertThat(queue.status()).isEqualTo(200);
    assertThat(queue.document().select("main table").text())
        .contains(reference)
        .contains("Public report")
        .contains("Reporter thought a child was in danger");

    Page concern =
        officer.get(queue.document().selectFirst("a:contains(" + internal + ")").attr("href"));
    assertThat(concern.status()).isEqualTo(200);
    assertThat(concern.document().select("main").text())
        .contains("A girl of about 13 was taken into room 12 by two men <b>tonight</b>")
        .contains("night.manager@example.org");
    assertThat(concern.body()).doesNotContain("<b>tonight</b>");
  }

  @Test
  void theQueueIsOldestFirstAndMarksConcernsWaitingTooLong() {
    String old = submitted(ConcernFixtures.aConcern().about("Olde", "Waiting"));
    String fresh = submitted(ConcernFixtures.aConcern().about("Fresh", "Arrival"));
    jdbc.sql("UPDATE concern SET submitted_at = now() - interval '25 hours' WHERE id = ?::uuid")
        .param(old)
        .update();

    Page queue = officer.get("/screening");
    List<String> rows = queue.document().select("main table tbody tr").eachText();
    int oldRow = indexOf(rows, "Olde Waiting");
    int freshRow = indexOf(rows, "Fresh Arrival");
    assertThat(oldRow).isLessThan(freshRow);
    assertThat(rows.get(oldRow)).contains("1 day 1 hour").contains("Over 1 day");
    assertThat(rows.get(freshRow)).doesNotContain("Over 1 day");
  }

  @Test
  void aDecisionNeedsReasonsAndIsRecordedWithItsTimingsAndAudited() {
    String id = submitted(ConcernFixtures.aConcern().about("Ruby", "Decided"));
    Page page = officer.get("/screening/" + id);
    Page missing = officer.submit(page, DECISION_FORM, Map.of("outcome", "NO_FURTHER_ACTION"));
    assertThat(missing.status()).isEqualTo(200);
    assertThat(missing.errorSummary()).contains("Enter your reasons");
    assertThat(decisions(id)).isZero();

    Page decided =
        officer.submit(
            page,
            DECISION_FORM,
            Map.of(
                "outcome", "ADVICE_GIVEN",
                "reasons",
                    "Spoke to the school's designated lead; advice given on safety planning."));
    assertThat(decided.location()).isEqualTo("/screening");
    assertThat(officer.get("/screening").document().select(".govuk-notification-banner").text())
        .contains("Decision recorded");

    Map<String, Object> row =
        jdbc.sql(
                "SELECT d.outcome, d.reasons, d.decided_by_name, d.decided_at >= c.submitted_at AS after,"
                    + " c.status FROM screening_decision d JOIN concern c ON c.id = d.concern_id"
                    + " WHERE c.id = ?::uuid")
            .param(id)
            .query()
            .singleRow();
    assertThat(row.get("outcome")).isEqualTo("ADVICE_GIVEN");
    assertThat(row.get("reasons"))
        .isEqualTo("Spoke to the school's designated lead; advice given on safety planning.");
    assertThat(row.get("decided_by_name")).isEqualTo("Sam Lee");
    assertThat(row.get("after")).isEqualTo(true);
    assertThat(row.get("status")).isEqualTo("DECIDED");

    List<String> audited =
        jdbc.sql(
                "SELECT detail FROM audit_event WHERE record_type = 'concern' AND record_id = ?"
                    + " AND action = 'CHANGE' AND username = 'screening.lee' AND outcome = 'SUCCEEDED'")
            .param(id)
            .query(String.class)
            .list();
    assertThat(audited)
        .anySatisfy(
            d ->
                assertThat(d)
                    .startsWith("screening decision: ADVICE_GIVEN")
                    .contains("received")
                    .contains("time to decision"));
    assertThat(officer.get("/screening").document().select("main table").first().text())
        .doesNotContain(reference(id));
    // Once decided there is nothing more to decide.
    Page again =
        officer.submit(page, DECISION_FORM, Map.of("outcome", "EARLY_HELP", "reasons", "Again"));
    assertThat(again.location()).isEqualTo("/screening/" + id);
    assertThat(decisions(id)).isEqualTo(1);
  }

  @Test
  void aReferralOpensACaseForANewChildMadeFromTheConcern() {
    String id = submitted(ConcernFixtures.aConcern().about("Amara", "Newchild"));
    Page page = officer.get("/screening/" + id);
    Page refused =
        officer.submit(
            page,
            DECISION_FORM,
            Map.of("outcome", "REFERRAL_TO_CSE_SERVICE", "reasons", "Needs the service"));
    assertThat(refused.errorSummary()).contains("Link this concern to a child before you refer it");

    Page form = officer.get("/screening/" + id + "/new-child");
    assertThat(form.document().getElementById("child.firstName").val()).isEqualTo("Amara");
    assertThat(form.document().getElementById("child.approximateAge").val()).isEqualTo("14");
    Page incomplete =
        officer.submitAsShown(form, "main form[method=post]", Map.of("child.lastName", " "));
    assertThat(incomplete.document().title()).startsWith("Error:");
    assertThat(incomplete.errorSummary()).contains("Enter the child's last name");
    Page created = officer.submitAsShown(form, "main form[method=post]", Map.of());
    assertThat(created.location()).isEqualTo("/screening/" + id);
    String child = linkedChild(id);
    assertThat(officer.get("/children/" + child).status()).isEqualTo(200);
    // The practitioner who raised the concern joins the new child's team.
    assertThat(teamRoleOf("youth.mensah", child)).isEqualTo("YOUTH_WORKER");

    Page referred =
        officer.submit(
            officer.get("/screening/" + id),
            DECISION_FORM,
            Map.of(
                "outcome",
                "REFERRAL_TO_CSE_SERVICE",
                "reasons",
                "Going missing with an adult of concern"));
    assertThat(referred.location()).isEqualTo("/screening");
    Map<String, Object> caseRow =
        jdbc.sql("SELECT id, status FROM cases WHERE child_id = ?::uuid")
            .param(child)
            .query()
            .singleRow();
    assertThat(caseRow.get("status")).isEqualTo("OPEN");
    assertThat(concernsOfCase(caseRow.get("id"))).containsExactly(reference(id));
    // Screening access to the child ends with the decision.
    assertThat(officer.get("/children/" + child).status()).isEqualTo(404);

    // A second referral about the same child adds to the open case.
    String second = submitted(ConcernFixtures.aConcern().about("Amara", "Newchild"));
    Page linked =
        officer.submit(
            officer.get("/screening/" + second),
            LINK_FORM,
            Map.of("childReference", childReference(child)));
    assertThat(linked.location()).isEqualTo("/screening/" + second);
    officer.submit(
        officer.get("/screening/" + second),
        DECISION_FORM,
        Map.of(
            "outcome",
            "REFERRAL_TO_CSE_SERVICE",
            "reasons",
            "New information about the same adult"));
    assertThat(
            jdbc.sql("SELECT count(*) FROM cases WHERE child_id = ?::uuid")
                .param(child)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(concernsOfCase(caseRow.get("id"))).containsExactly(reference(id), reference(second));
  }

  @Test
  void aConcernAboutAChildWithAKeyWorkerGoesToTheKeyWorker() {
    String child = childOfKeyWorker("kw.jones");
    String id = submitted(ConcernFixtures.aConcern());
    assertThat(officer.get("/children/" + child).status()).isEqualTo(404);
    assertThat(keyWorker.get("/concerns/" + id).status()).isEqualTo(404);

    Page linked =
        officer.submit(
            officer.get("/screening/" + id),
            LINK_FORM,
            Map.of("childReference", childReference(child).toLowerCase()));
    assertThat(linked.location()).isEqualTo("/screening/" + id);
    assertThat(officer.get(linked.location()).document().select("main").text())
        .contains("linked to " + childReference(child));
    assertThat(officer.get("/children/" + child).status()).isEqualTo(200);

    List<Map<String, Object>> notices =
        jdbc.sql(
                "SELECT n.kind, n.subject_id, n.message FROM notification n JOIN app_user u"
                    + " ON u.id = n.recipient_id WHERE u.username = 'kw.jones' AND n.child_id = ?::uuid")
            .param(child)
            .query()
            .listOfRows();
    assertThat(notices)
        .anySatisfy(
            n -> {
              assertThat(n.get("kind")).isEqualTo("CONCERN");
              assertThat(n.get("subject_id")).hasToString(id);
              assertThat((String) n.get("message"))
                  .contains(reference(id))
                  .contains(childReference(child));
            });
    assertThat(keyWorker.get("/notifications").document().select("main table a").eachAttr("href"))
        .contains("/concerns/" + id);
    Page seen = keyWorker.get("/concerns/" + id);
    assertThat(seen.status()).isEqualTo(200);
    assertThat(seen.document().select("main").text()).contains("Seen getting into a silver car");
    assertThat(keyWorker.get("/concerns").document().select("main").text()).contains(reference(id));
    decide(id);
    assertThat(officer.get("/children/" + child).status()).isEqualTo(404);
  }

  @Test
  void anUnknownReferenceIsRefusedAndTheLookUpAudited() {
    String id = submitted(ConcernFixtures.aConcern());
    long before = lookUps();
    Page page =
        officer.submit(
            officer.get("/screening/" + id), LINK_FORM, Map.of("childReference", "HBR-999999"));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.errorSummary()).contains("There is no child with that Harbour reference");
    assertThat(linkedChild(id)).isNull();
    assertThat(lookUps()).isEqualTo(before + 1);
    Page badFormat =
        officer.submit(
            officer.get("/screening/" + id), LINK_FORM, Map.of("childReference", "Jaydn"));
    assertThat(badFormat.errorSummary()).contains("correct format");
  }

  @Test
  void unlinkingEndsTheOfficersAccessToThatChild() {
    String child = childOfKeyWorker("sw.taylor");
    String id = submitted(ConcernFixtures.aConcern());
    officer.submit(
        officer.get("/screening/" + id),
        LINK_FORM,
        Map.of("childReference", childReference(child)));
    assertThat(officer.get("/children/" + child).status()).isEqualTo(200);
    Page unlinked =
        officer.submit(officer.get("/screening/" + id), "main form[action$=/unlink]", Map.of());
    assertThat(unlinked.location()).isEqualTo("/screening/" + id);
    assertThat(linkedChild(id)).isNull();
    assertThat(officer.get("/children/" + child).status()).isEqualTo(404);
  }

  @Test
  void contactDetailsFromAPublicReportAreForScreeningOfficersOnly() {
    Page sent =
        new PublicReporter(port)
            .reportAndFollow(
                Map.of(
                    "whatHappened", "Saw a boy I know from the estate being given cash by a man",
                    "dangerNow", "NO",
                    "contactName", "Pat Reporter",
                    "contactEmail", "pat.reporter@example.org"));
    String reference = sent.document().select(".govuk-panel__body strong").text();
    String id =
        jdbc.sql("SELECT id FROM concern WHERE public_reference = ?")
            .param(reference)
            .query(UUID.class)
            .single()
            .toString();
    String child = childOfKeyWorker("kw.jones");
    officer.submit(
        officer.get("/screening/" + id),
        LINK_FORM,
        Map.of("childReference", childReference(child)));

    assertThat(officer.get("/screening/" + id).document().select("main").text())
        .contains("pat.reporter@example.org")
        .contains("Pat Reporter");
    Page keyWorkerView = keyWorker.get("/concerns/" + id);
    assertThat(keyWorkerView.status()).isEqualTo(200);
    assertThat(keyWorkerView.document().select("main").text())
        .contains("Saw a boy I know from the estate")
        .doesNotContain("pat.reporter@example.org")
        .doesNotContain("Pat Reporter");
    decide(id);
  }

  @Test
  void theNavigationOffersScreeningToScreeningOfficersOnly() {
    assertThat(officer.get("/").document().select("nav a[href=/screening]")).hasSize(1);
    assertThat(officer.get("/").document().select("nav a[href=/concerns/new]")).hasSize(1);
    assertThat(keyWorker.get("/").document().select("nav a[href=/screening]")).isEmpty();
    assertThat(keyWorker.get("/").document().select("nav a[href=/concerns/new]").text())
        .isEqualTo("Raise a concern");
  }

  @Test
  void otherUsersAreRefusedTheScreeningPages() {
    String id = submitted(ConcernFixtures.aConcern());
    assertThat(keyWorker.get("/screening").status()).isEqualTo(403);
    assertThat(keyWorker.get("/screening/" + id).status()).isEqualTo(403);
    assertThat(new Browser(port).get("/screening").location()).startsWith("/login");
  }

  /** Decides the concern, which also ends the officer's screening access to its child. */
  private void decide(String concern) {
    Page decided =
        officer.submit(
            officer.get("/screening/" + concern),
            DECISION_FORM,
            Map.of(
                "outcome",
                "PASSED_TO_POLICE_INTELLIGENCE",
                "reasons",
                "Intelligence about an adult"));
    assertThat(decided.location()).isEqualTo("/screening");
  }

  private String submitted(ConcernFixtures fixture) {
    actAs.user("youth.mensah");
    UUID id = concerns.startDraft(fixture.details());
    concerns.submit(id, 1);
    actAs.nobody();
    return id.toString();
  }

  private String reference(String concern) {
    return jdbc.sql("SELECT reference FROM concern WHERE id = ?::uuid")
        .param(concern)
        .query(String.class)
        .single();
  }

  private String linkedChild(String concern) {
    UUID child =
        jdbc.sql("SELECT child_id FROM concern WHERE id = ?::uuid")
            .param(concern)
            .query(UUID.class)
            .optional()
            .orElse(null);
    return child == null ? null : child.toString();
  }

  private String childReference(String child) {
    return jdbc.sql("SELECT reference FROM child WHERE id = ?::uuid")
        .param(child)
        .query(String.class)
        .single();
  }

  private String childOfKeyWorker(String keyWorker) {
    return jdbc.sql(
            """
            SELECT t.child_id FROM team_member t JOIN app_user u ON u.id = t.user_id
             WHERE u.username = ? AND t.team_role = 'KEY_WORKER'
               AND NOT EXISTS (SELECT 1 FROM concern c WHERE c.child_id = t.child_id)
             ORDER BY t.child_id DESC LIMIT 1
            """)
        .param(keyWorker)
        .query(UUID.class)
        .single()
        .toString();
  }

  private String teamRoleOf(String username, String child) {
    return jdbc.sql(
            "SELECT t.team_role FROM team_member t JOIN app_user u ON u.id = t.user_id"
                + " WHERE u.username = ? AND t.child_id = ?::uuid")
        .params(username, child)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private List<String> concernsOfCase(Object caseId) {
    return jdbc.sql("SELECT concern_ref FROM case_concern WHERE case_id = ? ORDER BY added_at")
        .param(caseId)
        .query(String.class)
        .list();
  }

  private long decisions(String concern) {
    return jdbc.sql("SELECT count(*) FROM screening_decision WHERE concern_id = ?::uuid")
        .param(concern)
        .query(Long.class)
        .single();
  }

  private long lookUps() {
    return jdbc.sql(
            "SELECT count(*) FROM audit_event WHERE username = 'screening.lee' AND action = 'SEARCH'"
                + " AND record_type = 'child' AND detail LIKE 'reference look-up%not found'")
        .query(Long.class)
        .single();
  }

  private static int indexOf(List<String> rows, String text) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError(text + " not in " + rows);
  }
}
