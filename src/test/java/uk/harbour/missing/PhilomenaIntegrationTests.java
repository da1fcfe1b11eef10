package uk.harbour.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.cases.assessment.Downloads;
import uk.harbour.people.CareStatus;
import uk.harbour.people.ChildRecord;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * The Philomena profile over real HTTP: saved by the key worker, confirmed as current, a warning
 * once it is older than the agreed period, the PDF for the police with the description and the date
 * last confirmed, the photograph checked by its content, and a child outside the user's team not
 * found. Every read, print and change is audited against the child.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, PhilomenaFixture.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhilomenaIntegrationTests {

  static final String FORM = "#philomena-form";

  @LocalServerPort int port;
  @Autowired PhilomenaFixture fixture;
  @Autowired JdbcClient jdbc;

  Browser kw;

  @BeforeAll
  void signIn() {
    kw = Demo.signIn(port, "kw.jones");
  }

  @Test
  void theKeyWorkerSavesTheProfileWhichCountsAsConfirmedAndIsAuditedAgainstTheChild() {
    ChildRecord child = fixture.child("kw.jones", "Ada", CareStatus.LOOKED_AFTER);
    String base = "/missing/children/" + child.id() + "/philomena";

    Page empty = kw.get(base);
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.document().select("#philomena-none")).hasSize(1);
    assertThat(kw.open("/children/" + child.id()).document().select("a[href=" + base + "]"))
        .as("the child's record links to the profile")
        .hasSize(1);

    Page saved =
        kw.submitAsShown(
            kw.get(base + "/edit"),
            FORM,
            Map.of(
                "height", "About 158cm",
                "hair", "Long, dark brown, usually tied back",
                "features", "Small scar above her left eyebrow",
                "clothing", "Grey hooded coat and white trainers",
                "places", "The bus station and the retail park"));
    assertThat(saved.location()).isEqualTo(base);

    Page shown = kw.get(base);
    String text = shown.document().select("main").text();
    assertThat(text)
        .contains("About 158cm")
        .contains("Small scar above her left eyebrow")
        .contains("Grey hooded coat and white trainers")
        .contains("Philomena profile saved and confirmed as current");
    assertThat(shown.document().select("#philomena-confirmed").text())
        .contains("Last confirmed as current on")
        .contains("(0 days ago)");
    assertThat(shown.document().select("#philomena-confirmed .govuk-warning-text")).isEmpty();

    assertThat(
            jdbc.sql(
                    "SELECT action || ':' || coalesce(detail, '') FROM audit_event"
                        + " WHERE record_type = 'philomena profile' AND record_id = ?"
                        + " ORDER BY seq")
                .param(child.id().toString())
                .query(String.class)
                .list())
        .contains("CREATE:philomena profile created, version 0", "VIEW:")
        .doesNotContain("CHANGE:");
  }

  @Test
  void anOldProfileWarnsUntilSomeoneConfirmsItIsStillCurrentAndAStaleConfirmationChangesNothing() {
    ChildRecord child = fixture.child("kw.jones", "Bea", CareStatus.LOOKED_AFTER);
    String base = "/missing/children/" + child.id() + "/philomena";
    kw.submitAsShown(kw.get(base + "/edit"), FORM, Map.of("build", "Slim"));
    jdbc.sql(
            "UPDATE missing_philomena_profile SET confirmed_at = now() - interval '120 days'"
                + " WHERE child_id = ?")
        .param(child.id().value())
        .update();

    Page old = kw.get(base);
    Page openedElsewhere = kw.get(base);
    assertThat(old.document().select("#philomena-confirmed .govuk-warning-text").text())
        .contains("Last confirmed 120 days ago, more than 90 days");
    String openedVersion = old.document().select("#philomena-confirm input[name=version]").val();

    Page confirmed = kw.submit(old, "#philomena-confirm", Map.of());
    assertThat(confirmed.location()).isEqualTo(base);
    Page now = kw.get(base);
    assertThat(now.document().select("#philomena-confirmed .govuk-warning-text")).isEmpty();
    assertThat(now.document().select("#philomena-confirmed").text()).contains("(0 days ago)");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE record_type = 'philomena profile'"
                        + " AND record_id = ? AND detail = 'philomena profile confirmed current,"
                        + " version 1'")
                .param(child.id().toString())
                .query(Integer.class)
                .single())
        .isEqualTo(1);

    Page stale = kw.submit(openedElsewhere, "#philomena-confirm", Map.of("version", openedVersion));
    assertThat(stale.status()).isEqualTo(200);
    assertThat(stale.document().select(".govuk-error-summary").text())
        .contains("Someone else changed this profile since you opened it");
  }

  @Test
  void thePdfForThePoliceIsAPdfWithTheDescriptionAndTheDateLastConfirmedAndIsAuditedAsAnExport()
      throws IOException {
    ChildRecord child = fixture.child("kw.jones", "Cleo", CareStatus.LOOKED_AFTER);
    String base = "/missing/children/" + child.id() + "/philomena";
    kw.submitAsShown(
        kw.get(base + "/edit"),
        FORM,
        Map.of("hair", "Short, bleached blonde", "features", "Wears round glasses"));
    assertThat(
            PhilomenaFixture.upload(
                    port, kw, base + "/photo", "photo", "me.png", PhilomenaFixture.image("png", 40))
                .statusCode())
        .isEqualTo(302);
    UUID recorder =
        jdbc.sql("SELECT id FROM app_user WHERE username = 'kw.jones'").query(UUID.class).single();
    jdbc.sql(
            "INSERT INTO missing_episode (id, child_id, kind, last_seen_at, start_at, returned_at,"
                + " how_returned, found_where, recorded_by, recorder_capacity, version, created_at,"
                + " updated_at) VALUES (?, ?, 'M', timestamptz '2026-02-01 20:00:00Z',"
                + " timestamptz '2026-02-01 20:00:00Z', timestamptz '2026-02-02 09:00:00Z',"
                + " 'FOUND_BY_POLICE', 'At the bus station', ?, 'KEY_WORKER', 0, now(), now())")
        .params(UUID.randomUUID(), child.id().value(), recorder)
        .update();
    assertThat(kw.get(base).document().select("#philomena-history").text())
        .contains("1 missing or away episodes recorded")
        .contains("At the bus station");
    jdbc.sql(
            "UPDATE missing_philomena_profile SET confirmed_at = timestamptz '2026-03-04 10:00:00Z'"
                + " WHERE child_id = ?")
        .param(child.id().value())
        .update();

    HttpResponse<byte[]> response = Downloads.get(port, kw, base + ".pdf");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    byte[] pdf = response.body();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(document.getNumberOfPages()).as("one page to hand over: %s", text).isEqualTo(1);
      assertThat(text)
          .contains(child.fullName())
          .contains("Short, bleached blonde")
          .contains("Wears round glasses")
          .contains("Last confirmed as current on 4 March 2026")
          .contains("Missing history")
          .contains("At the bus station")
          .contains("OFFICIAL-SENSITIVE");
    }
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE record_type = 'philomena profile'"
                        + " AND record_id = ? AND action = 'EXPORT'"
                        + " AND detail = 'police handover PDF'")
                .param(child.id().toString())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aPhotographIsCheckedByItsContentStoredWithoutItsMetadataAndServedOnlyToTheTeam() {
    ChildRecord child = fixture.child("kw.jones", "Dot", CareStatus.LOOKED_AFTER);
    String base = "/missing/children/" + child.id() + "/philomena";
    kw.submitAsShown(kw.get(base + "/edit"), FORM, Map.of("build", "Tall"));

    HttpResponse<String> notAnImage =
        PhilomenaFixture.upload(
            port,
            kw,
            base + "/photo",
            "photo",
            "holiday.jpg",
            "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
    assertThat(notAnImage.statusCode()).isEqualTo(200);
    assertThat(notAnImage.body()).contains("The selected file must be a JPEG or PNG photograph");
    byte[] truncated = java.util.Arrays.copyOf(PhilomenaFixture.image("jpeg", 60), 40);
    assertThat(
            PhilomenaFixture.upload(port, kw, base + "/photo", "photo", "a.jpg", truncated).body())
        .as("starts like a JPEG but is not one")
        .contains("The selected file must be a JPEG or PNG photograph");
    assertThat(
            jdbc.sql("SELECT count(*) FROM missing_philomena_photo WHERE child_id = ?")
                .param(child.id().value())
                .query(Integer.class)
                .single())
        .isZero();

    HttpResponse<String> ok =
        PhilomenaFixture.upload(
            port, kw, base + "/photo", "photo", "photo.txt", PhilomenaFixture.image("jpeg", 64));
    assertThat(ok.statusCode()).as("the name does not matter, the content does").isEqualTo(302);
    Page page = kw.get(base);
    String src = page.document().select("#philomena-photo").attr("src");
    assertThat(src).isEqualTo(base + "/photo/image");
    HttpResponse<byte[]> image = Downloads.get(port, kw, src);
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(image.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    assertThat(PhilomenaPhoto.sniff(image.body())).isEqualTo(PhilomenaPhoto.JPEG);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE record_type = 'philomena profile'"
                        + " AND record_id = ? AND detail = 'photograph'")
                .param(child.id().toString())
                .query(Integer.class)
                .single())
        .isEqualTo(1);

    Browser outsider = Demo.signIn(port, "school.green");
    assertThat(Downloads.get(port, outsider, src).statusCode()).isEqualTo(404);
  }

  @Test
  void aChildOutsideTheUsersTeamIsNotFoundAndTheRefusalIsAudited() {
    ChildRecord child = fixture.child("kw.jones", "Eve", CareStatus.LOOKED_AFTER);
    String base = "/missing/children/" + child.id() + "/philomena";
    kw.submitAsShown(kw.get(base + "/edit"), FORM, Map.of("build", "Small"));
    Browser outsider = Demo.signIn(port, "school.green");
    assertThat(outsider.get(base).status()).isEqualTo(404);
    assertThat(outsider.get(base + "/edit").status()).isEqualTo(404);
    assertThat(Downloads.get(port, outsider, base + ".pdf").statusCode()).isEqualTo(404);
    assertThat(outsider.get(base).body()).doesNotContain("Small");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE record_type = 'child'"
                        + " AND record_id = ? AND action = 'ACCESS_DENIED' AND username = ?")
                .param(child.id().toString())
                .param("school.green")
                .query(Integer.class)
                .single())
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void textLongerThanItsLimitIsRefusedNeverShortened() {
    ChildRecord child = fixture.child("kw.jones", "Fay", CareStatus.LOOKED_AFTER);
    String base = "/missing/children/" + child.id() + "/philomena";
    Page refused =
        kw.submitAsShown(kw.get(base + "/edit"), FORM, Map.of("height", "x".repeat(201)));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.document().select(".govuk-error-summary a[href=#height]").text())
        .isEqualTo("This must be 200 characters or fewer");
    assertThat(refused.document().select("#height").val()).hasSize(201);
  }

  @Test
  void blamingWordsAreSavedAsTypedAndTheLanguageGuideOffersBetterOnes() {
    ChildRecord child = fixture.child("kw.jones", "Gwen", CareStatus.LOOKED_AFTER);
    String base = "/missing/children/" + child.id() + "/philomena";
    Page saved =
        kw.submitAsShown(
            kw.get(base + "/edit"),
            FORM,
            Map.of("places", "She chose to go to the flats on Mill Road with older men."));
    assertThat(saved.location()).as("the save is never blocked").isEqualTo(base);
    Page after = kw.get(base);
    assertThat(after.document().select("#philomena-people").text())
        .contains("She chose to go to the flats on Mill Road with older men.");
    assertThat(after.document().select("#language-findings").text()).contains("chose to go");
    assertThat(after.document().select("#language-findings h3").eachText())
        .containsExactly("Places they go to");
    assertThat(after.document().select("#language-findings a").eachAttr("href"))
        .contains(base + "/edit#places");
  }
}
