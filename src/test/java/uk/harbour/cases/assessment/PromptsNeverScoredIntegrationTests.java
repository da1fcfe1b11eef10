package uk.harbour.cases.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.harbour.accesscontrol.BreakGlass;
import uk.harbour.accesscontrol.ScreeningAccess;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.cases.CaseId;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.Indicator;
import uk.harbour.shared.UserId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * Must show: no number, total, band, rating or colour derived from indicator prompts appears on any
 * assessment page or export. Crawls every GET endpoint under {@code /cases/{caseId}/assessment}
 * (found from the controllers, so new pages are crawled too), the summary and PDF of each version,
 * as each role, for a case whose assessment has a note against every prompt and two versions. Every
 * role that can reach a case really does: the key worker, their manager, a police officer and a
 * youth worker in the team around the child, a screening officer while a concern awaits screening,
 * and a data protection officer using break-glass each get every page and export.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixture.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromptsNeverScoredIntegrationTests {

  /** Actors who can reach the case, and so must be shown every page and export. */
  static final Map<String, String> REACH_THE_CASE =
      Map.of(
          "keyworker", "kw.jones",
          "manager", "manager.okafor",
          "police-in-team", "police.evans",
          "youth-worker-in-team", "youth.mensah",
          "screening-awaiting", "screening.lee",
          "dpo-break-glass", "dpo.fraser");

  /** Actors with no way to the case: never shown any of it. */
  static final Map<String, String> OUTSIDE =
      Map.of(
          "outsider", "school.green",
          "analyst", "analyst.novak",
          "admin", "admin.hughes");

  @LocalServerPort int port;
  @Autowired CaseFixture fixture;
  @Autowired ActAs actAs;
  @Autowired Teams teams;
  @Autowired ScreeningAccess screening;
  @Autowired BreakGlass breakGlass;
  @Autowired JdbcClient jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private final Map<String, Browser> browsers = new LinkedHashMap<>();
  private CaseId caseId;

  @BeforeAll
  void anAssessmentWithANoteAgainstEveryPrompt() {
    caseId = fixture.newCase("Quinn");
    ChildId child =
        new ChildId(
            jdbc.sql("SELECT child_id FROM cases WHERE id = ?")
                .param(caseId.value())
                .query(UUID.class)
                .single());
    UserId evans = actAs.user("police.evans").id();
    UserId mensah = actAs.user("youth.mensah").id();
    actAs.user("kw.jones");
    teams.add(child, evans, TeamRole.POLICE_OFFICER);
    teams.add(child, mensah, TeamRole.YOUTH_WORKER);
    screening.awaitingScreening(child, "CON-PROMPTS-CRAWL");
    actAs.user("dpo.fraser");
    breakGlass.grant(child, "HBR-CRAWL", "Checking what the assessment pages show, for an audit");
    actAs.nobody();
    browsers.put("anonymous", new Browser(port));
    REACH_THE_CASE.forEach((actor, username) -> browsers.put(actor, Demo.signIn(port, username)));
    OUTSIDE.forEach((actor, username) -> browsers.put(actor, Demo.signIn(port, username)));
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
    Map<String, Integer> promptSectionsSeen = new HashMap<>();
    for (Map.Entry<String, Browser> actor : browsers.entrySet()) {
      boolean reaches = REACH_THE_CASE.containsKey(actor.getKey());
      for (String path : paths) {
        String where = actor.getKey() + " " + path;
        if (path.contains(".pdf")) {
          if (actor.getKey().equals("anonymous")) {
            continue;
          }
          HttpResponse<byte[]> pdf = Downloads.get(port, actor.getValue(), path);
          if (reaches) {
            assertThat(pdf.statusCode()).as(where).isEqualTo(200);
          } else {
            assertThat(pdf.statusCode()).as(where).isIn(403, 404);
          }
          if (pdf.statusCode() == 200) {
            String text = text(pdf.body());
            problems.addAll(NoPromptScores.inText(where, text));
            assertThat(text).as(where).contains(NoPromptScores.PDF_PROMPTS_HEADING);
            assertThat(text).as(where).contains("Noted after a visit, in words only");
          }
          continue;
        }
        Page page = actor.getValue().get(path);
        if (reaches) {
          assertThat(page.status()).as(where).isEqualTo(200);
        } else if (!actor.getKey().equals("anonymous")) {
          assertThat(page.status()).as(where).isIn(403, 404);
        }
        if (page.status() == 200) {
          problems.addAll(NoPromptScores.inPage(where, page.document()));
          promptSectionsSeen.merge(
              actor.getKey(),
              page.document().select("[data-indicator-prompts]").size(),
              Integer::sum);
        }
      }
    }
    assertThat(problems).isEmpty();
    for (String actor : REACH_THE_CASE.keySet()) {
      assertThat(promptSectionsSeen.getOrDefault(actor, 0))
          .as(actor + " saw the prompts on the overview, form and comparisons")
          .isGreaterThanOrEqualTo(3);
    }
    assertThat(promptSectionsSeen).doesNotContainKeys(OUTSIDE.keySet().toArray(String[]::new));
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
    String base = "/cases/" + caseId + "/assessment";
    paths.add(base + "/compare?from=1&to=2");
    paths.add(base + "/compare?from=2&to=0");
    paths.add(base + "/compare?from=1&to=1");
    for (int version = 0; version <= 2; version++) {
      paths.add(base + "/summary?version=" + version);
      paths.add(base + "/export.pdf?version=" + version);
    }
    return paths;
  }

  /** The PDF's content, without the page furniture ("Page 1 of 3" is not a count of prompts). */
  private static String text(byte[] pdf) {
    return uk.harbour.web.PdfUa.contentText(pdf);
  }
}
