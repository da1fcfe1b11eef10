package uk.harbour.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * The language guide over real HTTP: the live JSON check, findings after saving a concern, "Keep as
 * written" and changed text counted for the manager's learning view, and administrators maintaining
 * entries (audited).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageIntegrationTests {

  static final String CONCERN_FORM = "main form[method=post][action$=edit]";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired LanguageGuide guide;

  Browser keyWorker;
  Browser manager;
  Browser admin;

  @BeforeAll
  void signIn() {
    keyWorker = Demo.signIn(port, "kw.jones");
    manager = Demo.signIn(port, "manager.okafor");
    admin = Demo.signIn(port, "admin.hughes");
  }

  @Test
  void theLiveCheckAnswersJsonWithOffsets() throws Exception {
    HttpResponse<String> response =
        postJson(keyWorker, "{\"text\":\"She is putting herself at risk.\",\"childAge\":14}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    assertThat(response.body())
        .startsWith(
            "{\"findings\":[{\"phrase\":\"putting herself at risk\",\"start\":7,\"end\":30,")
        .contains("\"entryId\":\"putting-themselves-at-risk\"");
    assertThat(
            postJson(keyWorker, "{\"text\":\"I put myself at risk\",\"youngPersonsOwnWords\":true}")
                .body())
        .isEqualTo("{\"findings\":[]}");
    assertThat(postJson(new Browser(port), "{\"text\":\"x\"}").statusCode()).isEqualTo(403);
  }

  @Test
  void findingsAfterSavingThenKeptAndChangedAreCountedWithoutNames() {
    Page form = keyWorker.get("/concerns/new");
    Map<String, String> typed = new HashMap<>();
    typed.put("child.firstName", "Tanya");
    typed.put("child.approximateAge", "12");
    typed.put("whatHappened", "Tanya is sexually active and goes missing.");
    typed.put("actionTaken", "Spoke to her; she is putting herself at risk.");
    typed.put("action", "save");
    Page saved = keyWorker.submit(form, "main form[method=post]", typed);
    assertThat(saved.location()).matches("/concerns/[0-9a-f-]{36}/edit");
    String id = saved.location().split("/")[2];

    Page draft = keyWorker.get(saved.location());
    var banner = draft.document().selectFirst("#language-findings");
    assertThat(banner).isNotNull();
    assertThat(banner.text())
        .contains("What happened, in your own words")
        .contains("\u201csexually active\u201d")
        .contains("\u201cputting herself at risk\u201d")
        .contains("You could write:")
        .contains("Keep as written");
    assertThat(banner.select("a[href=/concerns/" + id + "/edit#whatHappened]")).hasSize(1);
    assertThat(draft.document().select("textarea[data-language-check=whatHappened-language]"))
        .hasSize(1);
    assertThat(draft.document().select("#whatHappened-language[aria-live=polite]")).hasSize(1);

    assertThat(count("SHOWN")).isPositive();
    long before = count("KEPT") + count("CHANGED");
    Page forged =
        keyWorker.submit(draft, "#language-findings form[method=post]", Map.of("token", "abc"));
    assertThat(forged.location()).isEqualTo("/concerns/" + id + "/edit");
    assertThat(count("KEPT") + count("CHANGED")).isEqualTo(before);
    Page kept = keyWorker.submit(draft, "#language-findings form[method=post]", Map.of());
    assertThat(kept.location()).isEqualTo("/concerns/" + id + "/edit");
    assertThat(
            keyWorker
                .get(kept.location())
                .document()
                .select(".govuk-notification-banner--success")
                .text())
        .contains("recorded only as a count");

    keyWorker.submit(draft, "#language-findings form[method=post]", Map.of());
    assertThat(count("KEPT") + count("CHANGED")).as("a token is kept once").isEqualTo(before + 1);

    Page again = keyWorker.get("/concerns/" + id + "/edit");
    Page changed =
        keyWorker.submitAsShown(
            again,
            CONCERN_FORM,
            Map.of("actionTaken", "Spoke to her; adults are targeting her.", "action", "save"));
    assertThat(changed.isRedirect()).as(changed.body()).isTrue();
    assertThat(count("KEPT") + count("CHANGED")).isEqualTo(before + 2);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM language_finding_event WHERE outcome = 'CHANGED'"
                        + " AND entry_id = 'putting-themselves-at-risk'")
                .query(Long.class)
                .single())
        .isPositive();

    Page learning = manager.get("/language/learning");
    assertThat(learning.status()).isEqualTo(200);
    assertThat(learning.document().select("main table").text())
        .as("one practitioner's counts are withheld")
        .doesNotContain("Sexually active");
    assertThat(learning.document().select("#language-learning-withheld").text())
        .contains("Rows not shown");
    assertThat(learning.body()).doesNotContain("Rhys Jones").doesNotContain("kw.jones");
    assertThat(keyWorker.get("/language/learning").status()).isEqualTo(403);
  }

  @Test
  void theLearningViewShowsOnlyCountsCoveringThreePractitioners() {
    var team =
        jdbc.sql("SELECT u.agency_id, u.manager_id FROM app_user u WHERE u.username = 'kw.jones'")
            .query()
            .singleRow();
    for (int practitioner = 0; practitioner < 3; practitioner++) {
      for (int i = 0; i < 3; i++) {
        event("derogatory-sexual-words", "KEPT", team, "p" + practitioner);
      }
      event("derogatory-sexual-words", "SHOWN", team, "p" + practitioner);
    }
    event("sugar-daddy", "KEPT", team, "alone");

    Page learning = manager.get("/language/learning");

    String table = learning.document().select("main table").text();
    assertThat(table).contains("Sexual slurs about a child").contains("9").doesNotContain("Sugar");
    assertThat(learning.document().select("main table tbody tr").text()).contains("fewer than 5");
    assertThat(learning.document().select("#language-learning-privacy").text())
        .contains("at least 3 practitioners");
  }

  @Test
  void casePagesGiveTheLiveCheckTheChildsAgeAndProfileChangesAreCounted() {
    String caseId =
        jdbc.sql(
                "SELECT c.id FROM cases c JOIN team_member t ON t.child_id = c.child_id"
                    + " JOIN app_user u ON u.id = t.user_id JOIN child ch ON ch.id = c.child_id"
                    + " WHERE u.username = 'kw.jones' AND c.status = 'OPEN'"
                    + " AND ch.date_of_birth IS NOT NULL ORDER BY c.id LIMIT 1")
            .query(String.class)
            .single();
    Page entry = keyWorker.get("/cases/" + caseId + "/chronology/new");
    assertThat(entry.document().select("textarea#whatHappened").attr("data-language-child-age"))
        .matches("[0-9]+");

    String profile = "/cases/" + caseId + "/young-person/profile";
    String original = keyWorker.get(profile).document().select("textarea#education").text();
    long changed = countFor("CHANGED", "streetwise");
    keyWorker.submitAsShown(
        keyWorker.get(profile), "main form[method=post]", Map.of("education", "Very streetwise."));
    keyWorker.submitAsShown(
        keyWorker.get(profile), "main form[method=post]", Map.of("education", "Doing well."));
    keyWorker.submitAsShown(
        keyWorker.get(profile), "main form[method=post]", Map.of("education", original));

    assertThat(countFor("CHANGED", "streetwise")).isEqualTo(changed + 1);
  }

  private long countFor(String outcome, String entry) {
    return jdbc.sql(
            "SELECT count(*) FROM language_finding_event WHERE outcome = ? AND entry_id = ?")
        .params(outcome, entry)
        .query(Long.class)
        .single();
  }

  private void event(String entry, String outcome, Map<String, Object> team, String who) {
    jdbc.sql(
            """
            INSERT INTO language_finding_event
              (entry_id, month, agency_id, manager_id, outcome, practitioner_key)
            VALUES (?, date_trunc('month', now())::date, ?, ?, ?, ?)
            """)
        .params(entry, team.get("agency_id"), team.get("manager_id"), outcome, who)
        .update();
  }

  @Test
  void administratorsAddDisableAndExportEntriesAudited() {
    String yaml =
        """
        entries:
          - id: test-harbour-word
            title: A word for this test
            severity: low
            patterns:
              - zzqxword
            why: Only for testing that administrators can add entries to the guide.
            alternatives:
              - another word
        """;
    Page form = admin.get("/admin/language/new");
    Page created = admin.submit(form, "main form[method=post]", Map.of("yaml", yaml));
    assertThat(created.location()).isEqualTo("/admin/language");
    // a fresh form (the same rendered form sent again is a double submission: saved once)
    Page again =
        admin.submit(
            admin.get("/admin/language/new"), "main form[method=post]", Map.of("yaml", yaml));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.errorSummary()).contains("test-harbour-word already exists");
    assertThat(guide.check("a zzqxword here", TextContext.none())).hasSize(1);

    Page list = admin.get("/admin/language");
    assertThat(list.document().select("main table").text())
        .contains("A word for this test")
        .contains("Promiscuous");
    Page disabled =
        admin.submit(list, "main form[action=/admin/language/test-harbour-word/enabled]", Map.of());
    assertThat(disabled.location()).isEqualTo("/admin/language");
    assertThat(guide.check("a zzqxword here", TextContext.none())).isEmpty();
    Page edit = admin.get("/admin/language/test-harbour-word");
    admin.submit(
        edit,
        "main form[method=post]",
        Map.of("yaml", yaml.replace("Only for testing", "Just for testing")));
    assertThat(
            jdbc.sql(
                    "SELECT detail FROM audit_event WHERE record_type = 'language-entry'"
                        + " AND record_id = 'test-harbour-word' ORDER BY seq")
                .query(String.class)
                .list())
        .containsExactly(
            "test-harbour-word: created",
            "test-harbour-word: disabled",
            "test-harbour-word: changed why");
    assertThat(admin.get("/admin/language").document().select("#language-guide-version").text())
        .contains("Built-in guide version 3.")
        .contains("Entries added or changed here: 1.");

    Page export = admin.get("/admin/language/export");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.body())
        .startsWith(
            "# Harbour language guide: built-in version 3; entries added or changed here: 1\n");
    assertThat(GuideYaml.version(export.body())).isEqualTo(3);
    assertThat(GuideYaml.read(export.body())).hasSizeGreaterThan(40);

    Page bad =
        admin.submit(
            admin.get("/admin/language/import"), "main form[method=post]", Map.of("yaml", "x: ["));
    assertThat(bad.errorSummary()).contains("not a valid guide");
  }

  private long count(String outcome) {
    return jdbc.sql("SELECT count(*) FROM language_finding_event WHERE outcome = ?")
        .param(outcome)
        .query(Long.class)
        .single();
  }

  private HttpResponse<String> postJson(Browser browser, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/language/check"))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (browser.sessionCookie().isPresent()) {
      request
          .header("Cookie", Browser.SESSION_COOKIE + "=" + browser.sessionCookie().get())
          .header("X-CSRF-TOKEN", browser.csrfToken());
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
