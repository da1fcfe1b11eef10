package uk.harbour.intake;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/** A practitioner raises a concern over real HTTP, signed in as a demo user. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcernEndToEndIntegrationTests {

  static final String FORM = "main form[method=post]";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Browser practitioner;
  Browser otherPractitioner;

  @BeforeAll
  void signIn() {
    practitioner = Demo.signIn(port, "youth.mensah");
    otherPractitioner = Demo.signIn(port, "school.brown");
  }

  @Test
  void aPractitionerSavesADraftComesBackToItAndSubmitsIt() {
    Page form = practitioner.get("/concerns/new");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.document().select("main .govuk-warning-text").text())
        .contains("If a child is in immediate danger, call 999");

    Map<String, String> typed = new HashMap<>();
    typed.put("child.firstName", "  Jaydn ");
    typed.put("child.otherNames", "JJ");
    typed.put("child.approximateAge", "14");
    typed.put(
        "whatHappened",
        "Seen getting into a silver car after school.\r\nThe driver called him JJ.");
    typed.put("vehicles[0].registration", "BD5? ?XK");
    typed.put("people[0].nicknames", "Dee");
    typed.put("observations[GOING_MISSING]", "Back after midnight twice this week");
    typed.put("action", "save");
    Page saved = practitioner.submit(form, FORM, typed);
    assertThat(saved.isRedirect()).as(saved.body()).isTrue();
    assertThat(saved.location()).matches("/concerns/[0-9a-f-]{36}/edit");
    String id = saved.location().split("/")[2];

    Page draft = practitioner.get(saved.location());
    assertThat(draft.document().select(".govuk-notification-banner--success").text())
        .contains("draft has been saved");
    assertThat(draft.document().getElementById("child.firstName").val()).isEqualTo("  Jaydn ");
    assertThat(practitioner.get("/concerns").document().select("main table").text())
        .contains("Continue draft")
        .contains("Draft");

    // Asking to check before the concern is complete shows what is missing, keeping the draft.
    Page incomplete = practitioner.submitAsShown(draft, FORM, Map.of("action", "check"));
    assertThat(incomplete.location()).isEqualTo("/concerns/" + id + "/check");
    Page missing = practitioner.open(incomplete.location());
    assertThat(missing.errorSummary())
        .contains("Select how you know this")
        .contains("Select how sure you are");

    Page complete =
        practitioner.submitAsShown(
            missing,
            FORM,
            Map.of(
                "informationSource",
                "FIRST_HAND",
                "reliability",
                "PROBABLY_TRUE",
                "action",
                "check"));
    Page check = practitioner.get(complete.location());
    assertThat(check.status()).isEqualTo(200);
    assertThat(check.document().select("main").text())
        .contains("Seen getting into a silver car")
        .contains("BD5? ?XK")
        .contains("Back after midnight twice this week")
        .contains("I saw or heard it myself");
    assertThat(check.document().select("dd p").eachText())
        .contains("Seen getting into a silver car after school.", "The driver called him JJ.");

    Page sent = practitioner.submit(check, FORM, Map.of());
    assertThat(sent.location()).isEqualTo("/concerns/" + id + "/submitted");
    Page confirmation = practitioner.get(sent.location());
    String reference = confirmation.document().select(".govuk-panel__body strong").text();
    assertThat(reference).matches("CON-\\d{4}-\\d{6}");
    assertThat(confirmation.document().select("main").text()).contains("What happens next");

    Map<String, Object> row =
        jdbc.sql(
                "SELECT status, reference, given_names, what_happened FROM concern WHERE id = ?::uuid")
            .param(id)
            .query()
            .singleRow();
    assertThat(row.get("status")).isEqualTo("SUBMITTED");
    assertThat(row.get("reference")).isEqualTo(reference);
    assertThat(row.get("given_names")).isEqualTo("  Jaydn ");
    assertThat(row.get("what_happened"))
        .isEqualTo("Seen getting into a silver car after school.\r\nThe driver called him JJ.");

    // A submitted concern can no longer be edited, even from a page opened before it was sent.
    assertThat(practitioner.get("/concerns/" + id + "/edit").location())
        .isEqualTo("/concerns/" + id);
    Page late = practitioner.submitAsShown(missing, FORM, Map.of("whatHappened", "Changed later"));
    assertThat(late.location()).isEqualTo("/concerns/" + id);
    assertThat(
            jdbc.sql("SELECT what_happened FROM concern WHERE id = ?::uuid")
                .param(id)
                .query(String.class)
                .single())
        .startsWith("Seen getting into a silver car");
    assertThat(practitioner.get("/concerns").document().select("main table").text())
        .contains(reference)
        .contains("Awaiting screening");
  }

  @Test
  void addAnotherPersonShowsOneMoreRowAndKeepsWhatWasTyped() {
    Page form = practitioner.get("/concerns/new");
    assertThat(form.document().select("input[name$=.names]")).hasSize(2);
    Page more =
        practitioner.submit(
            form,
            FORM,
            Map.of("people[0].names", "Dean", "whatHappened", "Typed", "action", "add-people"));
    assertThat(more.status()).isEqualTo(200);
    assertThat(more.document().select("input[name$=.names]")).hasSize(3);
    assertThat(more.document().getElementById("people[0].names").val()).isEqualTo("Dean");
    assertThat(more.document().getElementById("whatHappened").text()).isEqualTo("Typed");
  }

  @Test
  void overLongInputGetsAnErrorNextToTheFieldAndNothingIsSaved() {
    long before = concernsBy("youth.mensah");
    Map<String, String> typed = new HashMap<>();
    typed.put("whatHappened", "a".repeat(20_001));
    typed.put("people[0].names", "b".repeat(501));
    typed.put("observations[IN_CARE]", "c".repeat(2_001));
    typed.put("action", "save");
    Page page = practitioner.submit(practitioner.get("/concerns/new"), FORM, typed);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.errorSummary())
        .contains("What happened must be 20,000 characters or fewer")
        .contains("Person 1: names must be 500 characters or fewer")
        .contains("Your note must be 2,000 characters or fewer");
    assertThat(page.fieldError("whatHappened")).contains("20,000 characters or fewer");
    assertThat(page.document().select(".govuk-error-summary a[href='#people[0].names']"))
        .isNotEmpty();
    assertThat(page.document().getElementById("whatHappened").text()).hasSize(20_001);
    assertThat(concernsBy("youth.mensah")).isEqualTo(before);
  }

  @Test
  void scriptIsStoredAsTypedAndShownEscaped() {
    String script = "<script>alert('harbour')</script>";
    Page saved =
        practitioner.submit(
            practitioner.get("/concerns/new"),
            FORM,
            Map.of("child.firstName", script, "whatHappened", script, "action", "save"));
    Page draft = practitioner.get(saved.location());
    assertThat(draft.body()).doesNotContain(script);
    assertThat(draft.document().getElementById("child.firstName").val()).isEqualTo(script);
    String id = saved.location().split("/")[2];
    assertThat(
            jdbc.sql("SELECT given_names FROM concern WHERE id = ?::uuid")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo(script);
  }

  @Test
  void nobodyElseSeesADraft() {
    Page saved =
        practitioner.submit(
            practitioner.get("/concerns/new"),
            FORM,
            Map.of("whatHappened", "Private draft", "action", "save"));
    String id = saved.location().split("/")[2];
    assertThat(otherPractitioner.get("/concerns/" + id).status()).isEqualTo(404);
    assertThat(otherPractitioner.get("/concerns/" + id + "/edit").status()).isEqualTo(404);
    assertThat(otherPractitioner.get("/concerns/" + UUID.randomUUID()).status()).isEqualTo(404);
    assertThat(otherPractitioner.get("/concerns/not-an-id").status()).isEqualTo(404);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE username = 'school.brown'"
                        + " AND action = 'ACCESS_DENIED' AND record_type = 'concern' AND record_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void askingForMoreRowsThanAllowedSaysSoAndAnExtraRowIsShownBackNotDropped() {
    Page form = practitioner.get("/concerns/new");
    Map<String, String> typed = new HashMap<>();
    typed.put("child.firstName", "Rowan");
    for (int i = 0; i < ConcernRowsForm.MAX_ROWS; i++) {
      typed.put("vehicles[" + i + "].registration", "NB" + i + " ?");
    }
    typed.put("action", "add-vehicles");
    Page full = practitioner.submit(form, FORM, typed);
    assertThat(full.status()).isEqualTo(200);
    assertThat(full.errorSummary()).contains("You can list up to 20 vehicles");
    assertThat(full.document().select("input[name^=vehicles][name$=registration]"))
        .hasSize(ConcernRowsForm.MAX_ROWS);

    typed.put("vehicles[20].registration", "NB20 EXTRA");
    typed.put("action", "save");
    Page extra = practitioner.submit(form, FORM, typed);
    assertThat(extra.status()).isEqualTo(200);
    assertThat(extra.errorSummary()).contains("You can list up to 20 vehicles. Move this vehicle");
    assertThat(extra.document().getElementById("vehicles[20].registration").val())
        .isEqualTo("NB20 EXTRA");
    assertThat(
            jdbc.sql("SELECT count(*) FROM concern WHERE given_names = 'Rowan'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aDateOfBirthAndAnApproximateAgeAreBothKept() {
    Page form = practitioner.get("/concerns/new");
    Map<String, String> typed = new HashMap<>();
    typed.put("child.firstName", "Perpetua");
    typed.put("child.dateOfBirth.day", "3");
    typed.put("child.dateOfBirth.month", "4");
    typed.put("child.dateOfBirth.year", "2012");
    typed.put("child.approximateAge", "15");
    typed.put("action", "save");
    Page saved = practitioner.submit(form, FORM, typed);
    assertThat(saved.isRedirect()).as(saved.body()).isTrue();
    Map<String, Object> row =
        jdbc.sql(
                "SELECT date_of_birth, approximate_age FROM concern WHERE given_names = 'Perpetua'")
            .query()
            .singleRow();
    assertThat(row.get("date_of_birth")).hasToString("2012-04-03");
    assertThat(row.get("approximate_age")).isEqualTo(15);
    assertThat(
            practitioner
                .get(saved.location())
                .document()
                .getElementById("child.approximateAge")
                .val())
        .isEqualTo("15");
  }

  @Test
  void anEmptyFormIsNotSavedAsADraft() {
    Page page =
        practitioner.submit(practitioner.get("/concerns/new"), FORM, Map.of("action", "save"));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.errorSummary()).contains("Enter at least one detail");
  }

  private long concernsBy(String username) {
    return jdbc.sql(
            "SELECT count(*) FROM concern c JOIN app_user u ON u.id = c.reporter_id WHERE u.username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  @Test
  void aDraftSavedInAnotherTabIsNotOverwrittenAndTheFormSaysSo() {
    Page saved =
        practitioner.submit(
            practitioner.get("/concerns/new"),
            FORM,
            Map.of("child.firstName", "Tegan", "whatHappened", "First words", "action", "save"));
    assertThat(saved.isRedirect()).as(saved.body()).isTrue();
    Page tabOne = practitioner.get(saved.location());
    Page tabTwo = practitioner.get(saved.location());
    assertThat(
            practitioner
                .submitAsShown(tabOne, FORM, Map.of("whatHappened", "Tab one", "action", "save"))
                .isRedirect())
        .isTrue();

    Page refused =
        practitioner.submitAsShown(
            tabTwo,
            FORM,
            Map.of("child.firstName", "Teagan", "whatHappened", "Tab two", "action", "save"));

    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.document().select("main .govuk-error-summary").text())
        .contains("This draft was saved somewhere else")
        .contains("nothing was overwritten");
    assertThat(refused.document().getElementById("child.firstName").val()).isEqualTo("Teagan");
    Page again = practitioner.get(saved.location());
    assertThat(again.document().getElementById("whatHappened").text()).isEqualTo("Tab one");
    assertThat(again.document().getElementById("child.firstName").val()).isEqualTo("Tegan");
    // The form shown again carries the draft's current version, so saving it now succeeds.
    assertThat(practitioner.submitAsShown(refused, FORM, Map.of("action", "save")).isRedirect())
        .isTrue();
  }
}
