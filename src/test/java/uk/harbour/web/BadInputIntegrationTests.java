package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.Cases;
import uk.harbour.people.Children;
import uk.harbour.people.Sex;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;
import uk.harbour.testing.TestChildren;

/**
 * Bad input is the user's problem to fix, never a server error: a list index past Spring's limit,
 * malformed JSON to the live language check, NUL in a public report (which must not use up the
 * address's quota) and other control characters. NUL in every field of every form is {@link
 * NulInEveryFormIntegrationTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIntegrationTests {

  static final String NUL = "\u0000";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ActAs actAs;
  @Autowired Children children;
  @Autowired Teams teams;
  @Autowired Cases cases;

  private CaseId planCase;

  @BeforeAll
  void aCaseOfKwJones() {
    var keyWorker = actAs.user("kw.jones");
    ChildId child =
        children
            .create(TestChildren.named("Ina", "Dex", LocalDate.of(2011, 3, 4), Sex.FEMALE))
            .id();
    teams.assign(child, keyWorker.id(), TeamRole.KEY_WORKER);
    planCase = cases.openOrAdd(child, "CON-BAD-INPUT-INDEX");
    actAs.nobody();
  }

  @Test
  void aListIndexPastSpringsLimitIsA400AndOneWithinItAnError() {
    Browser keyWorker = Demo.signIn(port, "kw.jones");
    Page form = keyWorker.get("/cases/" + planCase.value() + "/plan/reviews/new");
    assertThat(form.status()).isEqualTo(200);
    Page tooFar = keyWorker.submit(form, Map.of("attendees[300].name", "Sam"));
    assertThat(tooFar.status()).isEqualTo(400);
    assertThat(tooFar.document().title()).startsWith("Error: ");
    Page within = keyWorker.submit(form, Map.of("attendees[100].name", "Sam"));
    assertThat(within.status()).isEqualTo(200);
    assertThat(within.errorSummary()).isNotEmpty();
  }

  @Test
  void malformedJsonToTheLiveCheckIsA400() throws Exception {
    Browser keyWorker = Demo.signIn(port, "kw.jones");
    Page home = keyWorker.get("/");
    String csrf = home.document().selectFirst("meta[name=_csrf]").attr("content");
    String header = home.document().selectFirst("meta[name=_csrf_header]").attr("content");
    String cookie = Browser.SESSION_COOKIE + "=" + keyWorker.sessionCookie().orElseThrow();
    HttpClient http = HttpClient.newHttpClient();
    for (String body : List.of("{\"text\": ", "not json", "{\"text\": [1, 2]}", "\"\u0000\"")) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/language/check"))
                  .header("Content-Type", "application/json")
                  .header("Accept", "application/json")
                  .header(header, csrf)
                  .header("Cookie", cookie)
                  .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(body).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
      assertThat(response.body()).as(body).contains("\"error\"");
    }
  }

  @Test
  void nulInAPublicReportIsAnErrorAndNeverUsesTheQuota() {
    jdbc.sql("DELETE FROM report_rate_limit").update();
    Browser reporter = new Browser(port);
    for (int i = 0; i < 8; i++) {
      Page refused =
          reporter.submit(
              reporter.get("/report"),
              Map.of("whatHappened", "A man" + NUL + " took her away", "dangerNow", "NOT_SURE"));
      assertThat(refused.status()).isEqualTo(200);
      assertThat(refused.errorSummary()).isNotEmpty();
      assertThat(refused.document().title()).startsWith("Error: ");
      assertThat(refused.document().selectFirst("textarea[name=whatHappened]").wholeText())
          .isEqualTo("A man took her away");
    }
    Page sent =
        reporter.submit(
            reporter.get("/report"),
            Map.of("whatHappened", "A man took her away", "dangerNow", "NOT_SURE"));
    assertThat(sent.location()).isEqualTo("/report/sent");
  }

  @Test
  void otherControlCharactersAreRefusedToo() {
    Browser keyWorker = Demo.signIn(port, "kw.jones");
    for (String bad : List.of("\u0001", "\u000b", "\u001b", "\u007f", "\u0085", "\ufffe")) {
      String what = String.format("U+%04X", (int) bad.charAt(0));
      Map<String, String> child = new LinkedHashMap<>(aChild("Control"));
      child.put("child.firstName", "Ann" + bad + "a");
      Page page = keyWorker.submit(keyWorker.get("/children/new"), child);
      assertThat(page.status()).as(what).isEqualTo(200);
      assertThat(page.document().select(".govuk-error-summary a[href='#child.firstName']"))
          .as(what)
          .hasSize(1);
      assertThat(page.document().selectFirst("input[name='child.firstName']").attr("value"))
          .isEqualTo("Anna");
    }
  }

  static Map<String, String> aChild(String lastName) {
    return Map.of(
        "child.firstName", "Ann",
        "child.lastName", lastName,
        "child.dateOfBirth.day", "1",
        "child.dateOfBirth.month", "2",
        "child.dateOfBirth.year", "2012",
        "child.sex", "FEMALE",
        "creatorRole", "KEY_WORKER");
  }
}
