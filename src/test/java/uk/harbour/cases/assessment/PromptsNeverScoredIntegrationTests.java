package uk.harbour.cases.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.harbour.cases.CaseId;
import uk.harbour.shared.Indicator;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * Must show: no number, total, band, rating or colour derived from indicator prompts appears on any
 * assessment page or export. Crawls every GET endpoint under {@code /cases/{caseId}/assessment}
 * (found from the controllers, so new pages are crawled too) as each role, for a case whose
 * assessment has a note against every prompt and two versions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixture.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromptsNeverScoredIntegrationTests {

  static final Map<String, String> ACTORS =
      Map.of(
          "outsider", "school.green",
          "keyworker", "kw.jones",
          "manager", "manager.okafor",
          "screening", "screening.lee",
          "analyst", "analyst.novak",
          "dpo", "dpo.fraser",
          "admin", "admin.hughes");

  @LocalServerPort int port;
  @Autowired CaseFixture fixture;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private final Map<String, Browser> browsers = new LinkedHashMap<>();
  private CaseId caseId;

  @BeforeAll
  void anAssessmentWithANoteAgainstEveryPrompt() {
    caseId = fixture.newCase("Quinn");
    browsers.put("anonymous", new Browser(port));
    ACTORS.forEach((actor, username) -> browsers.put(actor, Demo.signIn(port, username)));
    Browser kw = browsers.get("keyworker");
    String base = "/cases/" + caseId + "/assessment";
    Map<String, String> fields = new HashMap<>();
    for (Indicator prompt : Indicator.values()) {
      fields.put("observations[" + prompt.name() + "]", "Noted after a visit, in words only");
    }
    fields.put("text[NEEDS]", "Someone to trust and a safe place after school");
    fields.put("levelOfResponse", "SPECIALIST");
    fields.put("text[LEVEL_REASONS]", "Adults are controlling where Quinn goes");
    fields.put("text[FAMILY_SUMMARY]", "We are working with you and your mum");
    assertThat(kw.submitAsShown(kw.get(base + "/edit"), "main form[method=post]", fields).status())
        .isEqualTo(302);
    kw.submit(kw.get(base), "main form[action$=/submit]", Map.of());
    Browser manager = browsers.get("manager");
    manager.submit(manager.get(base), "main form[action$=/sign-off]", Map.of("note", "Agreed"));
    kw.submitAsShown(
        kw.get(base + "/edit"),
        "main form[method=post]",
        Map.of("observations[IN_CARE]", "Moved to a new children's home"));
    kw.submit(kw.get(base), "main form[action$=/submit]", Map.of());
  }

  @Test
  void noAssessmentPageOrExportShowsAnythingDerivedFromPrompts() throws Exception {
    List<String> paths = paths();
    List<String> problems = new ArrayList<>();
    int promptSectionsSeen = 0;
    for (Map.Entry<String, Browser> actor : browsers.entrySet()) {
      for (String path : paths) {
        String where = actor.getKey() + " " + path;
        if (path.contains(".pdf")) {
          HttpResponse<byte[]> pdf =
              actor.getKey().equals("anonymous")
                  ? null
                  : Downloads.get(port, actor.getValue(), path);
          if (pdf != null && pdf.statusCode() == 200) {
            String text = text(pdf.body());
            problems.addAll(NoPromptScores.inText(where, text));
            if (actor.getKey().equals("keyworker")) {
              assertThat(text).contains(NoPromptScores.PDF_PROMPTS_HEADING);
              assertThat(text).contains("Noted after a visit, in words only");
            }
          }
          continue;
        }
        Page page = actor.getValue().get(path);
        if (actor.getKey().equals("keyworker") || actor.getKey().equals("manager")) {
          assertThat(page.status()).as(where).isEqualTo(200);
        }
        if (actor.getKey().equals("outsider")) {
          assertThat(page.status()).as(where).isEqualTo(404);
        }
        if (page.status() == 200) {
          problems.addAll(NoPromptScores.inPage(where, page.document()));
          promptSectionsSeen += page.document().select("[data-indicator-prompts]").size();
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(promptSectionsSeen)
        .as("the crawl saw the prompts on the overview, form and comparison as two roles")
        .isGreaterThanOrEqualTo(6);
  }

  /** Every GET page and export of the assessment, with comparisons of each pair of versions. */
  private List<String> paths() {
    TreeSet<String> patterns = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              if (info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                info.getPatternValues().stream()
                    .filter(p -> p.startsWith("/cases/{caseId}/assessment"))
                    .forEach(patterns::add);
              }
            });
    assertThat(patterns).contains("/cases/{caseId}/assessment", "/cases/{caseId}/assessment/edit");
    List<String> paths = new ArrayList<>();
    for (String pattern : patterns) {
      paths.add(pattern.replace("{caseId}", caseId.toString()));
    }
    String compare = "/cases/" + caseId + "/assessment/compare";
    paths.add(compare + "?from=1&to=2");
    paths.add(compare + "?from=2&to=0");
    paths.add(compare + "?from=1&to=1");
    return paths;
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
