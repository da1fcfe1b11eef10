package uk.harbour.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * The language guide on a case's free text, with no JavaScript: a chronology entry is checked
 * before it is saved (the practitioner changes their words or keeps them); a plan is saved and the
 * page after saving says what the guide noticed and offers better words. The young person's own
 * priorities are never checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixtures.class})
class CaseLanguageIntegrationTests {

  @LocalServerPort int port;
  @Autowired CaseFixtures fixtures;
  @Autowired Cases cases;
  @Autowired ActAs actAs;

  @Test
  void aChronologyEntryIsCheckedBeforeItIsSavedAndSavedAsWrittenIfThePractitionerChooses() {
    String caseId = caseFor("Imani");
    String base = "/cases/" + caseId + "/chronology";
    Browser kw = Demo.signIn(port, "kw.jones");

    Page checked =
        kw.submit(
            kw.get(base + "/new"),
            Map.of(
                "occurredDay", "4",
                "occurredMonth", "3",
                "occurredYear", "2026",
                "whatHappened", "Staff said she keeps putting herself at risk at the flat.",
                "significance", "SIGNIFICANT"));
    assertThat(checked.status()).isEqualTo(200);
    assertThat(checked.document().select("#check-words").text())
        .contains("putting herself at risk")
        .contains("Nothing has been saved yet");
    assertThat(kw.get(base).document().select("#chronology").text()).doesNotContain("at the flat");

    Page saved = kw.submitAsShown(checked, "main form[method=post]", Map.of());
    assertThat(saved.location()).isEqualTo(base);
    Page after = kw.get(base);
    assertThat(after.document().select("#chronology").text()).contains("at the flat");
    assertThat(after.document().select("#language-findings")).isEmpty();
  }

  @Test
  void aPlanSavedWithBlamingWordsIsKeptAndTheChildsOwnPrioritiesAreNotChecked() {
    String caseId = caseFor("Zara");
    String base = "/cases/" + caseId + "/plan";
    Browser kw = Demo.signIn(port, "kw.jones");

    Page after =
        savedAndShown(
            kw,
            base,
            "/edit",
            Map.of(
                "text[DISRUPTION]", "Police to speak to her boyfriend, a 34-year-old man.",
                "text[PRIORITIES]", "I want my boyfriend to leave me alone."));
    assertThat(after.document().select("main").text()).contains("34-year-old man");
    String findings = after.document().select("#language-findings").text();
    assertThat(findings).contains("boyfriend");
    assertThat(after.document().select("#language-findings h3").eachText())
        .noneMatch(label -> label.toLowerCase().contains("priorit"));
  }

  @Test
  void aPersonOfConcernDescribedAsHerBoyfriendIsNoticedOnTheYoungPersonsPage() {
    String caseId = caseFor("Leila");
    String base = "/cases/" + caseId + "/young-person";
    Browser kw = Demo.signIn(port, "kw.jones");

    Page after =
        savedAndShown(
            kw,
            base,
            "/persons-of-concern/new",
            Map.of(
                "name", "Dean (nickname)",
                "description", "Her boyfriend, a 30-year-old man who drives a silver car."));
    assertThat(after.document().select("main").text()).contains("Dean (nickname)");
    assertThat(after.document().select("#language-findings").text()).contains("boyfriend");
  }

  @Test
  void theSourceOfAChronologyEntryAndAProgressNoteAreCheckedAndTheFormsCheckLive() {
    String caseId = caseFor("Mira");
    Browser kw = Demo.signIn(port, "kw.jones");
    String chronology = "/cases/" + caseId + "/chronology";
    Page form = kw.get(chronology + "/new");
    assertThat(form.document().select("input#source[data-language-check]")).hasSize(1);
    Page checked =
        kw.submit(
            form,
            Map.of(
                "occurredDay", "4",
                "occurredMonth", "3",
                "occurredYear", "2026",
                "whatHappened", "Seen getting into a car outside school.",
                "significance", "SIGNIFICANT",
                "source", "Staff who say she is putting herself at risk"));
    assertThat(checked.document().select("#check-words").text())
        .contains("putting herself at risk")
        .contains("Where the information came from");
    assertThat(kw.submitAsShown(checked, "main form[method=post]", Map.of()).location())
        .isEqualTo(chronology);

    String plan = "/cases/" + caseId + "/plan";
    kw.submit(kw.get(plan + "/measures/new"), Map.of("name", "Nights missing in the last month"));
    kw.get(plan); // shows (and so uses up) the "measure saved" message
    Page record = kw.get(plan + "/measures/record");
    assertThat(record.document().select("textarea#note[data-language-check]")).hasSize(1);
    String measure = record.document().selectFirst("select[name=measureId] option").attr("value");
    Page recorded =
        kw.submit(
            record,
            Map.of(
                "measureId", measure,
                "recordedOn.day", "1",
                "recordedOn.month", "3",
                "recordedOn.year", "2026",
                "value", "2",
                "note", "Still putting herself at risk at weekends"));
    assertThat(recorded.isRedirect()).as(recorded.body()).isTrue();
    assertThat(kw.get(plan).document().select("#language-findings").text())
        .contains("putting herself at risk");

    Browser manager = Demo.signIn(port, "manager.okafor");
    assertThat(
            manager
                .get("/cases/" + caseId + "/allocate")
                .document()
                .select("textarea#reason[data-language-check]"))
        .hasSize(1);
  }

  private String caseFor(String name) {
    actAs.user("screening.lee");
    ChildId child = fixtures.aChildWithKeyWorker(name, "kw.jones");
    String caseId = cases.openOrAdd(child, "CON-LANG-" + name).toString();
    actAs.nobody();
    return caseId;
  }

  /** Submits the form at {@code base + form}, which goes back to {@code base}; that page after. */
  private static Page savedAndShown(
      Browser kw, String base, String form, Map<String, String> fields) {
    Page saved = kw.submit(kw.get(base + form), fields);
    assertThat(saved.location()).isEqualTo(base);
    return kw.get(base);
  }
}
