package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.assessment.CaseFixture;
import uk.harbour.cases.assessment.Downloads;
import uk.harbour.cases.chronology.ChronologyEntryForm;
import uk.harbour.missing.PhilomenaFixture;
import uk.harbour.people.CareStatus;
import uk.harbour.people.ChildRecord;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * Every PDF Harbour makes passes veraPDF's PDF/UA-1 profile (issue 9, item 14): the PDF endpoints
 * are found from the controllers, so a new one fails here until it is checked too. Each is made
 * from a case with something in every part (a chronology of several pages with corrections, a
 * withdrawn entry, notes and the young person's view; a plan with actions and their comments; an
 * assessment), downloaded over real HTTP and checked rule by rule.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixture.class, PhilomenaFixture.class})
class PdfUaIntegrationTests {

  @LocalServerPort int port;
  @Autowired CaseFixture fixture;
  @Autowired PhilomenaFixture philomena;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyPdfHarbourMakesIsTaggedAndPassesVeraPdfsPdfUa1Check() throws IOException {
    Set<String> pdfEndpoints = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .keySet()
        .forEach(
            info -> {
              if (info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                info.getPatternValues().stream()
                    .filter(p -> p.endsWith(".pdf"))
                    .forEach(pdfEndpoints::add);
              }
            });
    Browser kw = Demo.signIn(port, "kw.jones");
    CaseId id = fixture.newCase("Quinn");
    Map<String, String> paths = new LinkedHashMap<>();
    paths.put("/cases/{caseId}/chronology.pdf", chronology(kw, id));
    paths.put("/cases/{caseId}/plan/young-person.pdf", plan(kw, id));
    paths.put("/cases/{caseId}/assessment/export.pdf", assessment(kw, id));
    paths.put("/missing/children/{childId}/philomena.pdf", philomena(kw));
    assertThat(pdfEndpoints)
        .as("every PDF endpoint is checked here")
        .containsExactlyInAnyOrderElementsOf(paths.keySet());

    for (Map.Entry<String, String> pdf : paths.entrySet()) {
      HttpResponse<byte[]> response = Downloads.get(port, kw, pdf.getValue());
      assertThat(response.statusCode()).as(pdf.getKey()).isEqualTo(200);
      assertThat(PdfUa.failures(response.body())).as(pdf.getKey()).isEmpty();
      try (PDDocument document = Loader.loadPDF(response.body())) {
        assertThat(document.getDocumentCatalog().getLanguage()).as(pdf.getKey()).isEqualTo("en");
        assertThat(document.getDocumentInformation().getTitle()).as(pdf.getKey()).isNotBlank();
        assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle())
            .as(pdf.getKey())
            .isTrue();
        assertThat(document.getDocumentCatalog().getStructureTreeRoot())
            .as(pdf.getKey())
            .isNotNull();
      }
      String content = PdfUa.contentText(response.body());
      assertThat(content)
          .as(
              "%s: the marking is read once, as content; the page furniture is artifacts",
              pdf.getKey())
          .containsOnlyOnce("OFFICIAL-SENSITIVE")
          .doesNotContain("Page 1 of");
    }
  }

  /** A Philomena profile with a photograph and several parts written. */
  private String philomena(Browser kw) {
    ChildRecord child = philomena.child("kw.jones", "Rowan", CareStatus.LOOKED_AFTER);
    String base = "/missing/children/" + child.id() + "/philomena";
    assertThat(
            kw.submitAsShown(
                    kw.get(base + "/edit"),
                    "#philomena-form",
                    Map.of(
                        "height", "About 160cm",
                        "hair", "Long, dark brown, usually tied back",
                        "features", "Small scar above her left eyebrow",
                        "clothing", "Grey hooded coat and white trainers",
                        "places", "The bus station and the retail park"))
                .isRedirect())
        .isTrue();
    assertThat(
            PhilomenaFixture.upload(
                    port, kw, base + "/photo", "photo", "me.png", PhilomenaFixture.image("png", 40))
                .statusCode())
        .isEqualTo(302);
    return base + ".pdf";
  }

  /** A chronology over several pages, with a correction, a withdrawal, a note and a view. */
  private String chronology(Browser kw, CaseId id) {
    String base = "/cases/" + id + "/chronology";
    for (int i = 1; i <= 40; i++) {
      write(
          kw,
          base,
          "Visit "
              + i
              + ": talked about school, her friends and what would help her feel safe at"
              + " weekends; she said the adults who contact her online frighten her.");
    }
    Page list = kw.get(base + "?kind=MANUAL");
    String first = list.document().select("#chronology a[href$='/correct']").first().attr("href");
    assertThat(
            kw.submitAsShown(
                    kw.get(first),
                    "main form[method=post]",
                    Map.of(
                        "whatHappened", "Visit corrected: it was at the library.",
                        "reason", "Wrong place"))
                .isRedirect())
        .isTrue();
    String second = list.document().select("#chronology a[href$='/correct']").get(1).attr("href");
    assertThat(
            kw.submitAsShown(
                    kw.get(second),
                    "main form[method=post]",
                    Map.of("whatHappened", "Visit moved to the next day.", "reason", "Rearranged"))
                .isRedirect())
        .isTrue();
    String withdraw = second.replace("/correct", "/withdraw");
    assertThat(
            kw.submit(kw.get(withdraw), Map.of("reason", "Written on the wrong chronology"))
                .isRedirect())
        .isTrue();
    String note = list.document().select("#chronology a[href$='/note']").last().attr("href");
    assertThat(
            kw.submit(kw.get(note), Map.of("text", "Her school confirmed this on the phone."))
                .isRedirect())
        .isTrue();
    String view = list.document().select("#chronology a[href$='/perspective']").last().attr("href");
    assertThat(
            kw.submit(kw.get(view), Map.of("view", "I didn't want to go but they made me."))
                .isRedirect())
        .isTrue();
    return base + ".pdf";
  }

  private static void write(Browser kw, String base, String text) {
    Page saved = kw.submit(kw.get(base + "/new"), ChronologyEntryForm.significant(text));
    assertThat(saved.isRedirect()).as(saved.body()).isTrue();
  }

  /** The young person's plan with their version, an action for them and their comment. */
  private String plan(Browser kw, CaseId id) {
    String base = "/cases/" + id + "/plan";
    assertThat(
            kw.submitAsShown(
                    kw.get(base + "/edit"),
                    "main form[method=post]",
                    Map.of("text[YOUNG_PERSON_VERSION]", "Everyone is working to keep you safe"))
                .isRedirect())
        .isTrue();
    Map<String, String> action = new HashMap<>();
    action.put("what", "Help Quinn join the football club");
    action.put("ownerName", "Kofi, youth worker");
    action.put("ownerAgency", "Northbridge Police Child Exploitation Team");
    LocalDate due = LocalDate.of(2030, 2, 1);
    action.put("dueDate.day", String.valueOf(due.getDayOfMonth()));
    action.put("dueDate.month", String.valueOf(due.getMonthValue()));
    action.put("dueDate.year", String.valueOf(due.getYear()));
    action.put("status", "NOT_STARTED");
    action.put("section", "YOUNG_PERSON_SUPPORT");
    Page added =
        kw.submitAsShown(
            kw.get(base + "/actions/new?section=YOUNG_PERSON_SUPPORT"),
            "main form[method=post]",
            action);
    assertThat(added.isRedirect()).as(added.body()).isTrue();
    Page commented =
        kw.submitAsShown(
            kw.get(base + "/young-person"),
            "main form[method=post]",
            Map.of("comment", "I want my nan to know about the plan", "howGathered", "At school"));
    assertThat(commented.isRedirect()).isTrue();
    return base + "/young-person.pdf";
  }

  /** A submitted assessment with narrative and prompt notes. */
  private String assessment(Browser kw, CaseId id) {
    String base = "/cases/" + id + "/assessment";
    kw.submitAsShown(
        kw.get(base + "/edit"),
        "main form[method=post]",
        Map.of(
            "text[NEEDS]", "Somewhere safe to be after school and someone to talk to",
            "observations[GOING_MISSING]", "Came home late twice, collected by a car",
            "levelOfResponse", "SPECIALIST",
            "text[LEVEL_REASONS]", "Adults are controlling where Quinn goes"));
    kw.submit(kw.get(base), "main form[action$=/submit]", Map.of());
    return base + "/export.pdf?version=1";
  }
}
