package uk.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * The language guide on the rest of intake's free text: screening reasons (after the decision, on
 * the queue) and the concern fields about vehicles, phones, places, nicknames and when it happened.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ActAs.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeLanguageIntegrationTests {

  @LocalServerPort int port;
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
  void screeningReasonsAreCheckedAfterTheDecisionWithoutBlockingIt() {
    actAs.user("youth.mensah");
    UUID id = concerns.startDraft(ConcernFixtures.aConcern().about("Kelly", "Reasons").details());
    concerns.submit(id, 1);
    actAs.nobody();
    Page page = officer.get("/screening/" + id);
    assertThat(page.document().select("textarea#reasons[data-language-check=reasons-language]"))
        .hasSize(1);

    Page decided =
        officer.submit(
            page,
            "main form[action$=/decision]",
            Map.of(
                "outcome",
                "ADVICE_GIVEN",
                "reasons",
                "Advice given to school. She is streetwise and chose to go with them."));

    assertThat(decided.location()).isEqualTo("/screening");
    Element banner = officer.get("/screening").document().selectFirst("#language-findings");
    assertThat(banner).isNotNull();
    assertThat(banner.text())
        .contains("\u201cstreetwise\u201d")
        .contains("\u201cchose to go\u201d")
        .contains("can no longer be changed")
        .contains("Keep as written");
    assertThat(banner.select("a[href*=#reasons]")).isEmpty();
  }

  @Test
  void theConcernsOtherDescriptionsAreChecked() {
    Map<String, String> typed = new HashMap<>();
    typed.put("child.firstName", "Rhiannon");
    typed.put("child.approximateAge", "14");
    typed.put("whatHappened", "Seen getting into a car outside school.");
    typed.put("happenedWhen", "Every weekend, she keeps going missing");
    typed.put("people[0].names", "Dean");
    typed.put("people[0].nicknames", "Her sugar daddy");
    typed.put("vehicles[0].description", "Silver car; he is her adult boyfriend");
    typed.put("phones[0].notes", "She uses it for sexting him");
    typed.put("places[0].description", "Where she is sleeping with older men");
    typed.put("action", "save");
    Page saved = keyWorker.submit(keyWorker.get("/concerns/new"), "main form[method=post]", typed);
    assertThat(saved.location()).matches("/concerns/[0-9a-f-]{36}/edit");

    Page draft = keyWorker.get(saved.location());

    String banner = draft.document().selectFirst("#language-findings").text();
    assertThat(banner)
        .contains("Time, or how long it has been going on")
        .contains("\u201ckeeps going missing\u201d")
        .contains("Nicknames or names they use")
        .contains("\u201csugar daddy\u201d")
        .contains("Make, model and colour")
        .contains("\u201cboyfriend\u201d")
        .contains("Whose number is it and how is it used?")
        .contains("\u201csexting\u201d")
        .contains("Why this place matters")
        .contains("\u201csleeping with older men\u201d");
    assertThat(draft.document().select("textarea#whatHappened").attr("data-language-child-age"))
        .isEqualTo("14");
  }
}
