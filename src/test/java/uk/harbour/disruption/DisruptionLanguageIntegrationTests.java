package uk.harbour.disruption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.intelligence.EntityId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * The language guide on a disruption activity's free text: words that blame the child in the
 * conditions, outcome notes, victims' views or a breach are saved as typed and shown on the
 * activity's page with better words; neutral words show nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, DisruptionFixture.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisruptionLanguageIntegrationTests {

  static final String FORM = "main form[method=post]";

  @LocalServerPort int port;
  @Autowired DisruptionFixture fixture;
  @Autowired JdbcClient jdbc;

  EntityId adult;
  Browser intel;

  @BeforeAll
  void anAdultInTheRegisters() {
    adult = fixture.entity("PERSON", "Lenny " + UUID.randomUUID().toString().substring(0, 6));
    intel = Demo.signIn(port, "intel.patel");
  }

  @Test
  void blamingWordsAreSavedAsTypedAndShownOnTheActivitysPageWithBetterWords() {
    int shownBefore = shown();
    Map<String, String> fields = valid();
    fields.put("outcome", "BREACHED_ARREST");
    fields.put("outcomeNotes", "Arrested after she went back to him willingly at the weekend.");
    fields.put("victimsViewsHow", "She chose to go back to the flat, so her view was noted.");
    Page saved = intel.submitAsShown(intel.get("/disruption/new/" + adult), FORM, fields);
    assertThat(saved.location()).as("the save is never blocked").startsWith("/disruption/");
    String base = saved.location();

    Page after = intel.get(base);
    assertThat(after.document().select("main").text())
        .contains("Arrested after she went back to him willingly at the weekend.");
    String findings = after.document().select("#language-findings").text();
    assertThat(findings).contains("went back to him willingly").contains("chose to go");
    assertThat(after.document().select("#language-findings h3").eachText())
        .containsExactly("Outcome notes", "How the victims' views were considered");
    assertThat(after.document().select("#language-findings a").eachAttr("href"))
        .contains(base + "/edit#outcomeNotes", base + "/edit#victimsViewsHow");
    assertThat(after.document().select("#language-findings input[name=back]").eachAttr("value"))
        .allMatch(base::equals);
    assertThat(shown()).isGreaterThanOrEqualTo(shownBefore + 2);
    assertThat(intel.get(base).document().select("#language-findings"))
        .as("shown once, on the page the save led to")
        .isEmpty();

    Map<String, String> breach = new HashMap<>(DisruptionFixture.date("occurredOn", 2, 2, 2026));
    breach.put("whatHappened", "Seen with her again; she chose to go back to him.");
    breach.put("followed", "WARNING");
    assertThat(intel.submit(intel.get(base + "/breaches/new"), FORM, breach).location())
        .isEqualTo(base);
    Page afterBreach = intel.get(base);
    assertThat(afterBreach.document().select("#language-findings h3").eachText())
        .containsExactly("What happened at the breach");
    assertThat(afterBreach.document().select("#language-findings").text())
        .contains("chose to go")
        .contains("can no longer be changed");
    assertThat(afterBreach.document().select("#language-findings a[href*=/edit]")).isEmpty();
  }

  @Test
  void aChangeThatTakesTheBlamingWordsOutShowsNothingAndNeutralWordsShowNothing() {
    Map<String, String> fields = valid();
    fields.put("conditions", "Not to contact any person under 18 or give them lifts.");
    fields.put("outcomeNotes", "The court granted it for two years.");
    Page saved = intel.submitAsShown(intel.get("/disruption/new/" + adult), FORM, fields);
    String base = saved.location();
    Page after = intel.get(base);
    assertThat(after.document().select("main").text())
        .contains("Not to contact any person under 18 or give them lifts.");
    assertThat(after.document().select("#language-findings")).isEmpty();

    Page changed =
        intel.submitAsShown(
            intel.get(base + "/edit"),
            FORM,
            Map.of("victimsViewsHow", "She was asked what would help; she wants him kept away."));
    assertThat(changed.location()).isEqualTo(base);
    assertThat(intel.get(base).document().select("#language-findings")).isEmpty();

    Map<String, String> breach = new HashMap<>(DisruptionFixture.date("occurredOn", 3, 2, 2026));
    breach.put("whatHappened", "He was seen parked outside the school at home time.");
    breach.put("followed", "ARREST");
    intel.submit(intel.get(base + "/breaches/new"), FORM, breach);
    assertThat(intel.get(base).document().select("#language-findings")).isEmpty();
  }

  private Map<String, String> valid() {
    Map<String, String> fields = new HashMap<>();
    fields.put("tacticId", fixture.tactic("OTHER"));
    fields.putAll(DisruptionFixture.date("proposed", 5, 1, 2026));
    fields.put("victimsViewsConsidered", "yes");
    fields.put("victimsViewsHow", "Asked by her key worker what would help her feel safe");
    return fields;
  }

  private int shown() {
    return jdbc.sql(
            "SELECT count(*) FROM language_finding_event WHERE outcome = 'SHOWN'"
                + " AND entry_id IN ('willing', 'chose-to')")
        .query(Integer.class)
        .single();
  }
}
