package uk.harbour.cases.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.cases.CaseFixtures;
import uk.harbour.cases.Cases;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/** Recording the young person's words, their view of their safety and their wishes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixtures.class})
class VoiceIntegrationTests {

  @LocalServerPort int port;
  @Autowired CaseFixtures fixtures;
  @Autowired Cases cases;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;

  @Test
  void theirWordsAreQuotedTheirRatingIsTheirsAndTheChronologyHearsOfIt() {
    actAs.user("screening.lee");
    ChildId child = fixtures.aChildWithKeyWorker("Isla", "kw.jones");
    String caseId = cases.openOrAdd(child, "CON-VOICE-000001").toString();
    actAs.nobody();
    Browser kw = Demo.signIn(port, "kw.jones");
    String base = "/cases/" + caseId + "/voice";

    Page form = kw.get(base + "/new");
    assertThat(form.document().select("#gatheredBy").attr("value")).isEqualTo("Rhys Jones");
    Page errors =
        kw.submit(
            form, Map.of("gatheredBy", "", "safetyRating", "11", "theirWords", "x".repeat(5001)));
    assertThat(errors.errorSummary())
        .contains("5,000 characters or fewer")
        .contains("Enter when they said it")
        .contains("Select how their words were gathered")
        .contains("Enter who gathered their words")
        .contains("Select whether they agreed to this being written down")
        .contains("Their rating must be a whole number from 0 to 10");

    Map<String, String> fields = new HashMap<>();
    fields.put("theirWords", "I don't want my mum to know yet. I'll tell her myself.");
    fields.put("saidDay", "10");
    fields.put("saidMonth", "3");
    fields.put("saidYear", "2026");
    fields.put("howGathered", "CONVERSATION");
    fields.put("gatheredBy", "Rhys Jones, key worker");
    fields.put("consentToRecord", "AGREED");
    fields.put("consentToShare", "AGREED_WITH_LIMITS");
    fields.put("wishesAboutSharing", "Not my mum until I have told her");
    fields.put("safetyInTheirWords", "Safer since I changed my number");
    fields.put("safetyRating", "6");
    assertThat(kw.submit(form, fields).location()).isEqualTo(base);
    assertThat(kw.submit(form, fields).location()).as("double submit").isEqualTo(base);
    assertThat(
            jdbc.sql("SELECT count(*) FROM voice_entry WHERE case_id = ?::uuid")
                .param(caseId)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    Page page = kw.get(base);
    assertThat(page.document().select("main blockquote").text())
        .isEqualTo("I don't want my mum to know yet. I'll tell her myself.");
    assertThat(page.document().select("main figcaption").text())
        .contains("10 March 2026")
        .contains("In conversation")
        .contains("Rhys Jones, key worker");
    assertThat(page.document().select("#safety-over-time").text())
        .contains("Safer since I changed my number")
        .contains("6 out of 10 (their view)");
    assertThat(page.document().select("#safety-over-time .govuk-tag")).isEmpty();
    assertThat(page.body()).contains("Not my mum until I have told her");

    assertThat(
            kw.get("/cases/" + caseId + "/chronology?kind=VOICE")
                .document()
                .select("#chronology tbody tr"))
        .hasSize(1);
  }
}
