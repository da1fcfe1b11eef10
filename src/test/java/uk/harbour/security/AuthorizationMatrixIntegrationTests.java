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
import uk.harbour.testing.TestConcerns;
import uk.harbour.testing.TestUsers;

/**
 * Every controller endpoint, requested over real HTTP by one user in each role, must give the
 * outcome written in {@code authorization-matrix.txt}, and by three users whose access comes from
 * one rule each (a practitioner in the child's team, a screening officer while a concern about the
 * child awaits screening, a practitioner holding a break-glass grant) the outcome written in {@code
 * authorization-matrix-by-rule.txt}. An endpoint missing from either file fails the build, so
 * nobody adds a page without deciding who may use it; so does a mapping with no HTTP method, which
 * would answer every method and escape the matrix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ActAs.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class AuthorizationMatrixIntegrationTests {

  /** The columns of the matrix: who makes the request. */
  static final List<String> ACTORS =
      List.of(
          "anonymous",
          "outsider",
          "keyworker",
          "manager",
          "screening",
          "analyst",
          "dpo",
          "admin",
          "intel");

  /** The columns of authorization-matrix-by-rule.txt: users who see the child by one rule. */
  static final List<String> RULE_ACTORS = List.of("member", "awaiting", "breakglass");

  private static final Map<String, String> DEMO_USERS =
      Map.of(
          "outsider", "school.green",
          "keyworker", "kw.jones",
          "manager", "manager.okafor",
          "screening", "screening.lee",
          "analyst", "analyst.novak",
          "dpo", "dpo.fraser",
          "admin", "admin.hughes",
          "intel", "intel.patel");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ActAs actAs;
  @Autowired BreakGlass breakGlass;
  @Autowired uk.harbour.accesscontrol.Directory directory;
  @Autowired uk.harbour.cases.Cases cases;
  @Autowired uk.harbour.cases.plan.Plans plans;
  @Autowired uk.harbour.people.Children children;
  @Autowired uk.harbour.accesscontrol.Teams teams;
  @Autowired uk.harbour.accesscontrol.ScreeningAccess screeningAccess;

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
    ids.put("reset", awaitingReset(target.id()).toString());
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
        // An entry Harbour wrote (not the team), so correcting or withdrawing it is refused
        // whatever other test classes have written on this demo child's case before.
        jdbc.sql(
                "SELECT id FROM chronology_entry WHERE case_id = ? AND kind <> 'MANUAL'"
                    + " ORDER BY recorded_at, id LIMIT 1")
            .param(caseId.value())
            .query(UUID.class)
            .single()
            .toString());
    ids.put("profileVersion", profileVersion(ChildId.of(child)));
    intelligence(child);
    casePlanIds();
    disruptionIds(ChildId.of(child));
    missingIds(ChildId.of(child));
    browsers.put("anonymous", new Browser(port));
    DEMO_USERS.forEach((actor, username) -> browsers.put(actor, Demo.signIn(port, username)));
    ruleActors(ChildId.of(child));
  }

  /**
   * A practitioner in the child's team, a screening officer (screening.osei; the concern awaits
   * screening only while this actor's requests run, so screening.lee's column stays "awaits no
   * screening") and a practitioner who used break-glass on the child.
   */
  private void ruleActors(ChildId child) {
    TestUsers users = new TestUsers(directory);
    var member = users.create(Role.PRACTITIONER);
    teams.assign(child, member.id(), uk.harbour.accesscontrol.TeamRole.EDUCATION_PRACTITIONER);
    browsers.put("member", member.signIn(port));
    browsers.put("awaiting", Demo.signIn(port, "screening.osei"));
    var emergency = users.create(Role.PRACTITIONER);
    actAs.user(emergency.username());
    breakGlass.grant(child, "HBR-MATRIX", "Authorization matrix test of a break-glass holder");
    actAs.nobody();
    browsers.put("breakglass", emergency.signIn(port));
  }

  /**
   * Disruption: a register entry linked to the matrix child by a submission, and a disruption
   * activity against it led by police.evans and linked to the child, so kw.jones (the key worker)
   * and manager.okafor (the key worker's manager) may see it and the intelligence analyst may
   * change it. The tactic rows use the catalogue's "Other".
   */
  private void disruptionIds(ChildId child) {
    UUID submission = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO intel_submission (id, reference, status, submitted_by, submitted_by_name,
                   submitted_by_agency, created_at, updated_at, submitted_at, version, request_key)
            SELECT ?, 'INT-MATRIX', 'SUBMITTED', id, display_name, 'Police', now(), now(), now(),
                   1, ?
              FROM app_user WHERE username = 'intel.patel'
            """)
        .params(submission, UUID.randomUUID())
        .update();
    UUID target = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO intel_entity (id, kind, label, created_at, created_by_name, version)"
                + " VALUES (?, 'PERSON', 'Matrix adult', now(), 'Matrix', 1)")
        .param(target)
        .update();
    jdbc.sql(
            "INSERT INTO intel_link (id, from_kind, from_id, to_kind, to_id, submission_id,"
                + " created_at) VALUES (?, 'PERSON', ?, 'CHILD', ?, ?, now())")
        .params(UUID.randomUUID(), target, child.value(), submission)
        .update();
    UUID activity = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO disruption_activity (id, target_id, tactic_id, lead_agency, lead_officer,
                   proposed_on, victims_views_considered, victims_views, version, created_at,
                   created_by_name, updated_at, updated_by_name)
            SELECT ?, ?, t.id, 'Police', u.id, current_date, TRUE, 'Matrix test', 1, now(),
                   'Matrix', now(), 'Matrix'
              FROM disruption_tactic t, app_user u
             WHERE t.code = 'OTHER' AND u.username = 'police.evans'
            """)
        .params(activity, target)
        .update();
    jdbc.sql("INSERT INTO disruption_activity_child (activity_id, child_id) VALUES (?, ?)")
        .params(activity, child.value())
        .update();
    ids.put("target", target.toString());
    ids.put("activity", activity.toString());
    ids.put(
        "tactic",
        jdbc.sql("SELECT id FROM disruption_tactic WHERE code = 'OTHER'")
            .query(UUID.class)
            .single()
            .toString());
  }

  /**
   * Missing: an episode of the matrix child over a year ago, one hour long and returned (so it
   * overlaps none the demo world or other tests record), with its return interview due.
   */
  private void missingIds(ChildId child) {
    UUID episode = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO missing_episode (id, child_id, kind, left_at, start_at, returned_at,
                   how_returned, recorded_by, recorder_capacity, version, created_at, updated_at)
            SELECT ?, ?, 'M', now() - INTERVAL '400 days', now() - INTERVAL '400 days',
                   now() - INTERVAL '400 days' + INTERVAL '1 hour', 'RETURNED_THEMSELVES', id,
                   'KEY_WORKER', 1, now(), now()
              FROM app_user WHERE username = 'kw.jones'
            """)
        .params(episode, child.value())
        .update();
    jdbc.sql(
            "INSERT INTO return_interview (episode_id, due_at, version, updated_at)"
                + " VALUES (?, now() - INTERVAL '397 days', 1, now())")
        .param(episode)
        .update();
    ids.put("episode", episode.toString());
  }

  /**
   * A request, made by admin.hughes, to reset the target user's authenticator app; it waits for a
   * data protection officer, and the matrix's requests (no form fields) never decide it.
   */
  private UUID awaitingReset(uk.harbour.shared.UserId user) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO sign_in_reset (id, user_id, second_factor, password, reason, requested_by,
                                       requested_at)
            SELECT ?, ?, TRUE, FALSE, 'Authorization matrix test of a reset to decide', id, now()
              FROM app_user WHERE username = 'admin.hughes'
            """)
        .params(id, user.value())
        .update();
    return id;
  }

  /** Runs the requests of one actor with the state that actor's column describes. */
  private void asActor(String actor, Runnable requests) {
    boolean awaiting = actor.equals("awaiting");
    if (awaiting) {
      screeningAccess.awaitingScreening(ChildId.of(ids.get("child")), "CON-MATRIX-AWAITING");
    }
    try {
      requests.run();
    } finally {
      if (awaiting) {
        screeningAccess.screened(ChildId.of(ids.get("child")), "CON-MATRIX-AWAITING");
      }
    }
  }

  @Test
  @org.junit.jupiter.api.Order(1)
  void everyEndpointIsInTheMatrixAndNothingElseIs() throws IOException {
    Set<String> endpoints = new TreeSet<>();
    List<String> anyMethod = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, ?> entry : mappings.getHandlerMethods().entrySet()) {
      var handler = (org.springframework.web.method.HandlerMethod) entry.getValue();
      if (!handler.getBeanType().getPackageName().startsWith("uk.harbour")
          || isTestCode(handler.getBeanType())) {
        continue;
      }
      var methods = entry.getKey().getMethodsCondition().getMethods();
      if (methods.isEmpty()) {
        anyMethod.add(handler.toString());
      }
      for (var method : methods) {
        for (String pattern : entry.getKey().getPatternValues()) {
          endpoints.add(method.name() + " " + pattern);
        }
      }
    }
    assertThat(anyMethod)
        .as("mappings with no HTTP method answer every method: give each one GET or POST")
        .isEmpty();
    assertThat(new TreeSet<>(matrix().keySet()))
        .as("endpoints missing from or stale in authorization-matrix.txt")
        .isEqualTo(endpoints);
    assertThat(new TreeSet<>(matrixByRule().keySet()))
        .as("endpoints missing from or stale in authorization-matrix-by-rule.txt")
        .isEqualTo(endpoints);
  }

  @Test
  @org.junit.jupiter.api.Order(2)
  void everyActorGetsTheExpectedOutcome() throws IOException {
    assertThat(wrongOutcomes(matrix(), ACTORS)).isEmpty();
  }

  /** Runs after the roles' matrix: forms the rule actors save then find the role actors' saves. */
  @Test
  @org.junit.jupiter.api.Order(3)
  void everyoneWhoSeesTheChildByOneRuleGetsTheExpectedOutcome() throws IOException {
    assertThat(wrongOutcomes(matrixByRule(), RULE_ACTORS)).isEmpty();
  }

  private List<String> wrongOutcomes(Map<String, List<String>> matrix, List<String> actors) {
    List<String> wrong = new ArrayList<>();
    // Endpoints that sign people in or out go last: they may change the session.
    List<Map.Entry<String, List<String>>> rows = new ArrayList<>(matrix.entrySet());
    rows.sort(
        (a, b) -> Boolean.compare(a.getKey().contains("/login"), b.getKey().contains("/login")));
    for (int i = 0; i < actors.size(); i++) {
      String actor = actors.get(i);
      int column = i;
      asActor(
          actor,
          () -> {
            for (Map.Entry<String, List<String>> row : rows) {
              String method = row.getKey().substring(0, row.getKey().indexOf(' '));
              String path = concrete(row.getKey().substring(row.getKey().indexOf(' ') + 1));
              String expected = row.getValue().get(column);
              String actual = outcome(request(browsers.get(actor), method, path));
              if (!expected.equals(actual)) {
                wrong.add(
                    row.getKey()
                        + " as "
                        + actor
                        + ": expected "
                        + expected
                        + " but got "
                        + actual);
              }
            }
          });
    }
    return wrong;
  }

  private Page request(Browser browser, String method, String path) {
    if (method.equals("GET")) {
      return browser.get(path);
    }
    String token = csrf(browser);
    if (path.endsWith("/young-person/profile")) {
      // The version the profile had when this test began, whatever other test classes saved on
      // the demo child before: the first actor allowed to save it saves, later ones find it stale.
      return browser.post(path, Map.of("_csrf", token, "version", ids.get("profileVersion")));
    }
    return browser.post(path, Map.of("_csrf", token));
  }

  /**
   * A risk-now submission from youth.mensah about the child, waiting for the intelligence unit (so
   * the duty queue's rows have one to act on), and a register entry.
   */
  private void intelligence(String child) {
    UUID submission = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO intel_submission (id, reference, status, submitted_by, submitted_by_name,
              submitted_by_agency, what_known, how_known, risk_now, risk_now_details, deadline_at,
              created_at, updated_at, submitted_at, version, request_key)
            SELECT ?, 'INT-MTRX-' || substr(?::text, 1, 6), 'SUBMITTED', id, display_name,
                   'Compass', 'Matrix test intelligence', 'SAW', TRUE, 'Matrix test risk',
                   now() + interval '1 hour', now(), now(), now(), 1, ?
              FROM app_user WHERE username = 'youth.mensah'
            """)
        .params(submission, submission, UUID.randomUUID())
        .update();
    jdbc.sql("INSERT INTO intel_submission_child (submission_id, child_id) VALUES (?, ?)")
        .params(submission, UUID.fromString(child))
        .update();
    UUID entity = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO intel_entity (id, kind, label, nickname, created_at, created_by_name,
              version) VALUES (?, 'PERSON', 'Matrix test adult', 'Matrix', now(), 'Matrix test', 0)
            """)
        .param(entity)
        .update();
    UUID mention = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO intel_mention (id, submission_id, position, kind, nickname, entity_id)
            VALUES (?, ?, 0, 'PERSON', 'Matrix', ?)
            """)
        .params(mention, submission, entity)
        .update();
    ids.put("intelMention", mention.toString());
    ids.put("intelSubmission", submission.toString());
    ids.put("intelEntity", entity.toString());
  }

  /** The young person's profile version on the demo child (0: never saved). */
  private String profileVersion(ChildId child) {
    return jdbc.sql("SELECT version FROM young_person_profile WHERE child_id = ?")
        .param(child.value())
        .query(Integer.class)
        .optional()
        .orElse(0)
        .toString();
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
    } else if (path.startsWith("/admin/disruption-tactics/")) {
      path = path.replace("{id}", ids.get("tactic"));
    } else if (path.startsWith("/disruption/")) {
      path = path.replace("{targetId}", ids.get("target")).replace("{id}", ids.get("activity"));
    } else if (path.startsWith("/missing/")) {
      path = path.replace("{childId}", ids.get("child")).replace("{id}", ids.get("episode"));
    } else if (path.startsWith("/admin/language/")) {
      path = path.replace("{id}", "no-such-entry");
    } else if (path.startsWith("/break-glass/reviews/")) {
      path = path.replace("{id}", ids.get("grant"));
    } else if (path.startsWith("/sign-in-resets/")) {
      path = path.replace("{id}", ids.get("reset"));
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
    } else if (path.startsWith("/intelligence/mentions/")) {
      path = path.replace("{id}", ids.get("intelMention"));
    } else if (path.startsWith("/intelligence/entities/")) {
      path = path.replace("{id}", ids.get("intelEntity"));
    } else if (path.startsWith("/intelligence/")) {
      path =
          path.replace("{childId}", ids.get("child")).replace("{id}", ids.get("intelSubmission"));
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
    return TestConcerns.submitted(jdbc, reporter, "Matrix agency", "CON-MATRIX-").toString();
  }

  private static boolean isTestCode(Class<?> type) {
    var source = type.getProtectionDomain().getCodeSource();
    return source != null && source.getLocation().toString().contains("test-classes");
  }

  static Map<String, List<String>> matrix() throws IOException {
    return read("/authorization-matrix.txt", ACTORS);
  }

  static Map<String, List<String>> matrixByRule() throws IOException {
    return read("/authorization-matrix-by-rule.txt", RULE_ACTORS);
  }

  private static Map<String, List<String>> read(String file, List<String> actors)
      throws IOException {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    try (InputStream in = AuthorizationMatrixIntegrationTests.class.getResourceAsStream(file)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] cells = trimmed.split("\\s*\\|\\s*");
        assertThat(cells).as("row %s in %s", trimmed, file).hasSize(actors.size() + 1);
        rows.put(cells[0], List.of(cells).subList(1, cells.length));
      }
    }
    return rows;
  }
}
