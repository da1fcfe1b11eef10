package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.harbour.accesscontrol.BreakGlass;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.cases.Cases;
import uk.harbour.cases.plan.Plans;
import uk.harbour.people.Children;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Page;

/**
 * A NUL byte (which PostgreSQL refuses in text) in every text field of every form in Harbour is a
 * GOV.UK validation error on the page, titled "Error: ", or a 400 page; never a server error, never
 * saved, never shown back.
 *
 * <p>The forms are found, not listed: the test follows the links each kind of user is shown (with
 * records in every state that shows a form, {@link EveryFormFixture}), collects every form that
 * posts, and requires one for every POST mapping in the application unless {@link #NOT_FORMS} says
 * why there is none. So a new form is covered as soon as a page links to it, and a new POST mapping
 * fails this test until it is.
 *
 * <p>A form's text fields get the NUL; a form with none (a button) gets it in its hidden fields.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NulInEveryFormIntegrationTests {

  static final String NUL = "\u0000";

  /** POST endpoints no page offers as a form, and where their bad input is tested instead. */
  static final Map<String, String> NOT_FORMS =
      Map.of(
          "POST /session/extend", "sent by the session timeout script, with no fields",
          "POST /language/check",
              "JSON sent while typing: BadInputIntegrationTests.malformedJsonToTheLiveCheckIsA400",
          "POST /missing/children/{childId}/philomena/confirm",
              "shown once a profile exists; no text field (the version, hidden):"
                  + " PhilomenaIntegrationTests",
          "POST /missing/children/{childId}/philomena/photo",
              "a file upload, no text field: PhilomenaIntegrationTests checks files by content",
          "POST /missing/children/{childId}/philomena/photo/remove",
              "shown once a photograph exists; no fields",
          "POST /missing/ssda903/export",
              "shown after a year is checked; a year from a list and a box, no text field:"
                  + " Ssda903IntegrationTests");

  private static final Set<String> TEXT_TYPES =
      Set.of("", "text", "email", "tel", "search", "number", "password", "url");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ActAs actAs;
  @Autowired Directory directory;
  @Autowired Children children;
  @Autowired Teams teams;
  @Autowired Cases cases;
  @Autowired Plans plans;
  @Autowired BreakGlass breakGlass;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  /** A form on a page, and the browser (session) it was shown to. */
  record FoundForm(String who, Browser browser, Page page, Element form, String action) {}

  @Test
  void nulInEveryTextFieldOfEveryFormIsAValidationErrorOrA400() {
    Map<String, FoundForm> byEndpoint = formsByEndpoint();
    Set<String> missing = new TreeSet<>(postEndpoints());
    missing.removeAll(byEndpoint.keySet());
    missing.removeAll(NOT_FORMS.keySet());
    assertThat(missing)
        .as("POST mappings no crawled page offers a form for: link to them or explain in NOT_FORMS")
        .isEmpty();

    List<String> problems = new ArrayList<>();
    for (var entry : byEndpoint.entrySet()) {
      String problem = postWithNul(entry.getKey(), entry.getValue());
      if (problem != null) {
        problems.add(problem);
      }
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  private EveryFormFixture fixture() {
    return new EveryFormFixture(
        port, jdbc, actAs, directory, children, teams, cases, plans, breakGlass);
  }

  /** Posts the form with NUL in each text field and says what went wrong, or null. */
  private String postWithNul(String endpoint, FoundForm found) {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> nul = new ArrayList<>();
    for (Element field : found.form().select("input[name], textarea[name]")) {
      String name = field.attr("name");
      boolean text =
          field.tagName().equals("textarea")
              || TEXT_TYPES.contains(field.attr("type").toLowerCase());
      if (text) {
        values.put(name, "Some text" + NUL + "more");
        nul.add(name);
      }
    }
    if (nul.isEmpty()) {
      for (Element hidden : found.form().select("input[type=hidden][name]")) {
        String name = hidden.attr("name");
        if (!name.equals("_csrf") && !name.equals(FormTokens.FIELD)) {
          values.put(name, hidden.attr("value") + NUL);
          nul.add(name);
        }
      }
    }
    if (nul.isEmpty()) {
      return null; // a button and the CSRF token: nothing typed to test
    }
    Page answer = found.browser().submitAsShown(found.page(), found.form().cssSelector(), values);
    String where = endpoint + " (form on " + found.page().uri().getPath() + " as " + found.who();
    where += ", NUL in " + nul + ")";
    if (answer.status() >= 500) {
      return where + ": " + answer.status();
    }
    if (answer.isRedirect()) {
      return where + ": accepted, redirected to " + answer.location();
    }
    if (answer.status() == 400) {
      return answer.document().title().startsWith("Error: ")
          ? null
          : where + ": 400 titled " + answer.document().title();
    }
    if (answer.status() != 200 || answer.errorSummary().isEmpty()) {
      return where + ": " + answer.status() + " without an error summary";
    }
    if (!answer.document().title().startsWith("Error: ")) {
      return where + ": the page with errors is titled " + answer.document().title();
    }
    if (answer.body().contains(NUL)) {
      return where + ": the page shows the NUL back";
    }
    return null;
  }

  /** Every form that posts, on every page each kind of user reaches, by POST endpoint. */
  private Map<String, FoundForm> formsByEndpoint() {
    Map<String, String> endpoints = new LinkedHashMap<>();
    for (String endpoint : postEndpoints()) {
      endpoints.put(endpoint, endpoint.substring(5).replaceAll("\\{[^}]+}", "[^/]+"));
    }
    Map<String, FoundForm> found = new TreeMap<>();
    fixture()
        .actors()
        .forEach(
            (who, actor) -> {
              List<Page> pages = new ArrayList<>(actor.pages());
              for (var visit : SiteCrawler.crawl(actor.browser(), actor.seeds(), 300)) {
                if (visit.page().status() == 200 && SiteCrawler.isHtml(visit.page())) {
                  pages.add(visit.page());
                }
              }
              for (Page page : pages) {
                for (Element form : page.document().select("form")) {
                  if (!form.attr("method").equalsIgnoreCase("post")) {
                    continue;
                  }
                  String action = form.attr("action");
                  String path = action.isEmpty() ? page.uri().getRawPath() : action;
                  path = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
                  String endpoint = endpointOf(endpoints, path);
                  if (endpoint != null && !found.containsKey(endpoint)) {
                    found.put(endpoint, new FoundForm(who, actor.browser(), page, form, path));
                  }
                }
              }
            });
    return found;
  }

  /** The most specific POST mapping a path matches (fewest variables), or null. */
  private static String endpointOf(Map<String, String> endpoints, String path) {
    return endpoints.entrySet().stream()
        .filter(e -> Pattern.matches(e.getValue(), path))
        .min(Comparator.comparingLong(e -> e.getKey().chars().filter(c -> c == '{').count()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private Set<String> postEndpoints() {
    Set<String> endpoints = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              HandlerMethod method = handler;
              if (!method.getBeanType().getPackageName().startsWith("uk.harbour")
                  || method
                      .getBeanType()
                      .getProtectionDomain()
                      .getCodeSource()
                      .getLocation()
                      .toString()
                      .contains("test-classes")) {
                return;
              }
              if (info.getMethodsCondition().getMethods().stream()
                  .anyMatch(m -> m.name().equals("POST"))) {
                info.getPatternValues().forEach(p -> endpoints.add("POST " + p));
              }
            });
    return endpoints;
  }
}
