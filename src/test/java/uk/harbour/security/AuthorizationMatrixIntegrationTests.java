package uk.harbour.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.harbour.accesscontrol.BreakGlass;
import uk.harbour.accesscontrol.Role;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;
import uk.harbour.testing.TestUsers;

/**
 * Every controller endpoint, requested over real HTTP by one user in each role, must give the
 * outcome written in {@code authorization-matrix.txt}. An endpoint missing from the matrix fails
 * the build, so nobody adds a page without deciding who may use it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ActAs.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

  /** The columns of the matrix: who makes the request. */
  static final List<String> ACTORS =
      List.of(
          "anonymous", "outsider", "keyworker", "manager", "screening", "analyst", "dpo", "admin");

  private static final Map<String, String> DEMO_USERS =
      Map.of(
          "outsider", "school.green",
          "keyworker", "kw.jones",
          "manager", "manager.okafor",
          "screening", "screening.lee",
          "analyst", "analyst.novak",
          "dpo", "dpo.fraser",
          "admin", "admin.hughes");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ActAs actAs;
  @Autowired BreakGlass breakGlass;
  @Autowired uk.harbour.accesscontrol.Directory directory;
  @Autowired uk.harbour.cases.Cases cases;
  @Autowired uk.harbour.cases.plan.Plans plans;
  @Autowired uk.harbour.people.Children children;
  @Autowired uk.harbour.accesscontrol.Teams teams;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private final Map<String, Browser> browsers = new LinkedHashMap<>();
  private final Map<String, String> ids = new LinkedHashMap<>();

  @BeforeAll
  void setUp() {
    String child =
        jdbc.sql(
                "SELECT t.child_id FROM team_member t JOIN app_user u ON u.id = t.user_id"
                    + " WHERE u.username = 'kw.jones' AND t.team_role = 'KEY_WORKER'"
                    + " ORDER BY t.child_id LIMIT 1")
            .query(UUID.class)
            .single()
            .toString();
    ids.put("child", child);
    ids.put("member", UUID.randomUUID().toString());
    var target = new TestUsers(directory).create(Role.PRACTITIONER);
    ids.put("user", target.id().toString());
    ids.put("agency", directory.findUser(target.id()).orElseThrow().agencyId().toString());
    actAs.user("youth.mensah");
    ids.put(
        "grant",
        breakGlass
            .grant(
                ChildId.of(child),
                "HBR-MATRIX",
                "Authorization matrix test needs a grant to review")
            .id()
            .toString());
    actAs.nobody();
    ids.put("concern", submittedConcern("youth.mensah"));
    actAs.user("screening.lee");
    var caseId = cases.openOrAdd(ChildId.of(child), "CON-MATRIX-CASE");
    actAs.nobody();
    ids.put("case", caseId.toString());
    ids.put(
        "entry",
        jdbc.sql("SELECT id FROM chronology_entry WHERE case_id = ? LIMIT 1")
            .param(caseId.value())
            .query(UUID.class)
            .single()
            .toString());
    casePlanIds();
    browsers.put("anonymous", new Browser(port));
    DEMO_USERS.forEach((actor, username) -> browsers.put(actor, Demo.signIn(port, username)));
  }

  @Test
  void everyEndpointIsInTheMatrixAndNothingElseIs() throws IOException {
    Set<String> endpoints = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, ?> entry : mappings.getHandlerMethods().entrySet()) {
      var handler = (org.springframework.web.method.HandlerMethod) entry.getValue();
      if (!handler.getBeanType().getPackageName().startsWith("uk.harbour")
          || isTestCode(handler.getBeanType())) {
        continue;
      }
      for (var method : entry.getKey().getMethodsCondition().getMethods()) {
        for (String pattern : entry.getKey().getPatternValues()) {
          endpoints.add(method.name() + " " + pattern);
        }
      }
    }
    Set<String> listed = new TreeSet<>(matrix().keySet());
    assertThat(listed)
        .as("endpoints missing from or stale in authorization-matrix.txt")
        .isEqualTo(endpoints);
  }

  @Test
  void everyActorGetsTheExpectedOutcome() throws IOException {
    List<String> wrong = new ArrayList<>();
    // Endpoints that sign people in or out go last: they may change the session.
    List<Map.Entry<String, List<String>>> rows = new ArrayList<>(matrix().entrySet());
    rows.sort(
        (a, b) -> Boolean.compare(a.getKey().contains("/login"), b.getKey().contains("/login")));
    for (Map.Entry<String, List<String>> row : rows) {
      String method = row.getKey().substring(0, row.getKey().indexOf(' '));
      String path = concrete(row.getKey().substring(row.getKey().indexOf(' ') + 1));
      for (int i = 0; i < ACTORS.size(); i++) {
        String actor = ACTORS.get(i);
        String expected = row.getValue().get(i);
        String actual = outcome(request(browsers.get(actor), method, path));
        if (!expected.equals(actual)) {
          wrong.add(
              row.getKey() + " as " + actor + ": expected " + expected + " but got " + actual);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  private Page request(Browser browser, String method, String path) {
    if (method.equals("GET")) {
      return browser.get(path);
    }
    String token = csrf(browser);
    return browser.post(path, Map.of("_csrf", token));
  }

  private String csrf(Browser browser) {
    Page page =
        browser == browsers.get("anonymous")
            ? browser.get("/login")
            : browser.get("/account/password");
    var input = page.document().selectFirst("input[name=_csrf]");
    return input == null ? "" : input.attr("value");
  }

  /** 200, 204, 400, 403, 404, "login" (sent to sign in) or "302" (sent anywhere else). */
  private static String outcome(Page page) {
    if (page.isRedirect()) {
      return page.location() != null && page.location().startsWith("/login") ? "login" : "302";
    }
    return String.valueOf(page.status());
  }

  private String concrete(String pattern) {
    String path = pattern;
    if (path.startsWith("/children/")) {
      path = path.replace("{userId}", ids.get("member")).replace("{id}", ids.get("child"));
    } else if (path.startsWith("/admin/users/")) {
      path = path.replace("{id}", ids.get("user"));
    } else if (path.startsWith("/admin/agencies/")) {
      path = path.replace("{id}", ids.get("agency"));
    } else if (path.startsWith("/admin/language/")) {
      path = path.replace("{id}", "no-such-entry");
    } else if (path.startsWith("/break-glass/reviews/")) {
      path = path.replace("{id}", ids.get("grant"));
    } else if (path.startsWith("/cases/{caseId}/assessment")
        || path.startsWith("/cases/{caseId}/plan")) {
      // The assessment and plan rows use a case of their own, with a plan action in it.
      path =
          path.replace("{caseId}", ids.get("planCase"))
              .replace("{actionId}", ids.get("planAction"));
    } else if (path.startsWith("/cases/")) {
      path =
          path.replace("{caseId}", ids.get("case"))
              .replace("{childId}", ids.get("child"))
              .replace("{entryId}", ids.get("entry"))
              .replace("{kind}", "relationships")
              .replace("{itemId}", "00000000-0000-4000-8000-000000000000");
    } else if (path.startsWith("/concerns/") || path.startsWith("/screening/")) {
      path = path.replace("{id}", ids.get("concern"));
    } else if (path.startsWith("/duplicates/") || path.startsWith("/merges/")) {
      path = path.replace("{id}", "00000000-0000-4000-8000-000000000000");
    }
    assertThat(path).as("no value for a path variable in %s", pattern).doesNotContain("{");
    return path;
  }

  /**
   * Assessment and plan: an open case for a new child whose key worker is kw.jones (a new child, so
   * the demo world's assessments and plans do not change the outcomes).
   */
  private void casePlanIds() {
    var keyWorker = actAs.user("kw.jones");
    ChildId child =
        children
            .create(
                new uk.harbour.people.ChildDetails(
                    "Matrix",
                    "Case",
                    null,
                    java.time.LocalDate.of(2011, 6, 1),
                    null,
                    uk.harbour.people.Sex.FEMALE,
                    null,
                    uk.harbour.people.Ethnicity.WHITE_BRITISH,
                    uk.harbour.people.Disability.NO,
                    null,
                    uk.harbour.people.CareStatus.CHILD_IN_NEED,
                    null,
                    null,
                    null))
            .id();
    teams.assign(child, keyWorker.id(), uk.harbour.accesscontrol.TeamRole.KEY_WORKER);
    uk.harbour.cases.CaseId caseId = cases.openOrAdd(child, "CON-MATRIX-PLAN");
    ids.put("planCase", caseId.toString());
    plans.addAction(
        caseId,
        new uk.harbour.cases.plan.PlanAction(
            null,
            uk.harbour.cases.plan.PlanSection.DISRUPTION,
            "Matrix test action",
            "PC Matrix",
            "Northbridge Police Child Exploitation Team",
            java.time.LocalDate.of(2030, 1, 1),
            uk.harbour.cases.plan.ActionStatus.NOT_STARTED,
            null,
            0),
        UUID.randomUUID());
    ids.put(
        "planAction",
        jdbc.sql(
                "SELECT a.id FROM plan_action a JOIN plan p ON p.id = a.plan_id"
                    + " WHERE p.case_id = ?")
            .param(caseId.value())
            .query(UUID.class)
            .single()
            .toString());
    actAs.nobody();
  }

  /** A concern the reporter submitted, awaiting screening and not linked to a child. */
  private String submittedConcern(String reporter) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO concern (id, reference, source, status, reporter_id, reporter_name,
                                 reporter_agency, what_happened, created_at, updated_at,
                                 submitted_at)
            SELECT ?, 'CON-MATRIX-' || substr(?::text, 1, 8), 'PRACTITIONER', 'SUBMITTED', u.id,
                   u.display_name, 'Matrix agency', 'Seen with an adult who worries me', now(),
                   now(), now()
              FROM app_user u WHERE u.username = ?
            """)
        .params(id, id, reporter)
        .update();
    return id.toString();
  }

  private static boolean isTestCode(Class<?> type) {
    var source = type.getProtectionDomain().getCodeSource();
    return source != null && source.getLocation().toString().contains("test-classes");
  }

  static Map<String, List<String>> matrix() throws IOException {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    try (InputStream in =
        AuthorizationMatrixIntegrationTests.class.getResourceAsStream(
            "/authorization-matrix.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] cells = trimmed.split("\\s*\\|\\s*");
        assertThat(cells).as("row %s", trimmed).hasSize(ACTORS.size() + 1);
        rows.put(cells[0], List.of(cells).subList(1, cells.length));
      }
    }
    return rows;
  }
}
