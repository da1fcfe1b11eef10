package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.harbour.accesscontrol.BreakGlass;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.Cases;
import uk.harbour.cases.plan.ActionStatus;
import uk.harbour.cases.plan.PlanAction;
import uk.harbour.cases.plan.PlanSection;
import uk.harbour.cases.plan.Plans;
import uk.harbour.people.Children;
import uk.harbour.people.Sex;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;
import uk.harbour.testing.TestChildren;
import uk.harbour.testing.TestUsers;

/**
 * Records in every state that shows a form, and who sees each: a case with a plan (an action, a
 * progress measure, a relationship, an assessment waiting for sign-off), a case whose assessment
 * waits to be submitted, a child without a case, a draft concern, a page of language findings after
 * a save, a deactivated account and one with a failed sign-in, a break-glass grant to review, and
 * the screening officers' states ({@link ScreeningFormStates}).
 */
final class EveryFormFixture {

  /** Someone signed in (or not), the pages their crawl starts from, and pages already open. */
  record Actor(Browser browser, List<String> seeds, List<Page> pages) {}

  private final int port;
  private final JdbcClient jdbc;
  private final ActAs actAs;
  private final Directory directory;
  private final Children children;
  private final Teams teams;
  private final Cases cases;
  private final Plans plans;
  private final BreakGlass breakGlass;

  EveryFormFixture(
      int port,
      JdbcClient jdbc,
      ActAs actAs,
      Directory directory,
      Children children,
      Teams teams,
      Cases cases,
      Plans plans,
      BreakGlass breakGlass) {
    this.port = port;
    this.jdbc = jdbc;
    this.actAs = actAs;
    this.directory = directory;
    this.children = children;
    this.teams = teams;
    this.cases = cases;
    this.plans = plans;
    this.breakGlass = breakGlass;
  }

  /** Sets everything up and says who starts where. */
  Map<String, Actor> actors() {
    Map<String, Actor> actors = new LinkedHashMap<>();
    actors.put("signed out", actor(new Browser(port), "/login", "/login/with-code", "/report"));
    TestUsers users = new TestUsers(directory);
    actors.put(
        "at the code step",
        actor(passwordOnly(users.create(Role.PRACTITIONER).username()), "/login/code"));
    actors.put(
        "enrolling",
        actor(
            passwordOnly(users.createWithoutSecondFactor(Role.PRACTITIONER).username()),
            "/login/enrol"));

    ChildId planChild = childOfKwJones("Nula", "Byte");
    CaseId planCase = caseWithPlan(planChild);
    ChildId assessChild = childOfKwJones("Asha", "Byte");
    CaseId assessCase = cases.openOrAdd(assessChild, "CON-BAD-INPUT-2");
    actAs.nobody();
    ChildId withoutCase = childOfKwJones("Cai", "Byte");
    actAs.nobody();

    Browser keyWorker = Demo.signIn(port, "kw.jones");
    String kase = "/cases/" + planCase.value();
    addRelationship(keyWorker, kase);
    saveAssessment(keyWorker, kase);
    saveAssessment(keyWorker, "/cases/" + assessCase.value());
    Page overview = keyWorker.get(kase + "/assessment");
    assertThat(keyWorker.submit(overview, "main form[action$=/submit]", Map.of()).isRedirect())
        .isTrue();
    String draft = draftConcern(keyWorker);
    Page findings = flaggedPersonOfConcern(keyWorker, kase);
    addChronologyEntry(keyWorker, kase);
    List<String> missing = missingEpisodes(planChild);
    actors.put(
        "kw.jones",
        new Actor(
            keyWorker,
            List.of(
                "/",
                kase,
                kase + "/plan",
                kase + "/young-person",
                "/cases/" + assessCase.value() + "/assessment",
                "/children/" + planChild.value(),
                "/cases/open/" + withoutCase.value(),
                "/concerns/new",
                draft + "/edit",
                draft + "/check",
                "/missing/children/" + planChild.value() + "/episodes/new",
                missing.get(0) + "/edit",
                missing.get(0) + "/return",
                missing.get(0) + "/interview",
                missing.get(1) + "/changed"),
            List.of(findings)));
    actors.put(
        "manager.okafor",
        actor(
            Demo.signIn(port, "manager.okafor"),
            "/",
            kase,
            kase + "/assessment",
            "/cases/manager"));

    var screening = new ScreeningFormStates(port, jdbc, actAs, children);
    String linked = screening.linkedConcern(planChild);
    List<String> mergePages = screening.oneProposedOneApprovedMerge();
    actors.put(
        "screening.lee",
        actor(
            Demo.signIn(port, "screening.lee"),
            "/screening",
            "/duplicates",
            mergePages.get(2),
            linked));
    actors.put(
        "screening.osei",
        actor(Demo.signIn(port, "screening.osei"), mergePages.get(0), mergePages.get(1)));

    actAs.user("youth.mensah");
    breakGlass.grant(planChild, "HBR-BAD-INPUT", "A test grant for the reviewer to look at");
    actAs.nobody();
    Browser admin = Demo.signIn(port, "admin.hughes");
    var someone = users.create(Role.PRACTITIONER);
    var deactivated = users.create(Role.PRACTITIONER);
    String deactivatedPage = "/admin/users/" + deactivated.id().value();
    assertThat(admin.submit(admin.get(deactivatedPage), "form#deactivate", Map.of()).isRedirect())
        .isTrue();
    String someonePage = "/admin/users/" + someone.id().value();
    Page asked =
        admin.submit(
            admin.get(someonePage),
            "form[action$=/reset-second-factor]",
            Map.of("reason", "Lost their phone; identity checked by their manager"));
    assertThat(asked.isRedirect()).as(asked.errorSummary()).isTrue();
    actors.put(
        "dpo.fraser",
        actor(Demo.signIn(port, "dpo.fraser"), "/break-glass/reviews", "/sign-in-resets"));
    var mistyped = users.create(Role.PRACTITIONER);
    Browser mistyping = new Browser(port);
    mistyping.submit(
        mistyping.get("/login"),
        Map.of("username", mistyped.username(), "password", "not the password at all"));
    actors.put(
        "admin.hughes",
        actor(
            admin,
            "/admin/users/" + someone.id().value(),
            deactivatedPage,
            "/admin/users/" + mistyped.id().value(),
            "/admin",
            "/admin/language"));
    actors.put(
        "intel.patel",
        new Actor(Demo.signIn(port, "intel.patel"), disruptionPages(planChild), List.of()));
    Browser school = Demo.signIn(port, "school.green");
    actors.put(
        "school.green",
        new Actor(
            school,
            List.of(
                "/children/" + planChild.value() + "/break-glass", "/children/outside-my-teams"),
            List.of(breakGlassMatch(school))));
    return actors;
  }

  /**
   * Two missing episodes of the child: one returned long ago with its return interview due (its
   * change, return and interview forms) and one open now (its "it changed" form).
   */
  private List<String> missingEpisodes(ChildId child) {
    java.util.UUID returned = java.util.UUID.randomUUID();
    java.util.UUID open = java.util.UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO missing_episode (id, child_id, kind, left_at, start_at, returned_at,
                   how_returned, recorded_by, recorder_capacity, version, created_at, updated_at)
            SELECT ?, ?, 'M', now() - INTERVAL '500 days', now() - INTERVAL '500 days',
                   now() - INTERVAL '499 days', 'RETURNED_THEMSELVES', id, 'KEY_WORKER', 1, now(),
                   now()
              FROM app_user WHERE username = 'kw.jones'
            """)
        .params(returned, child.value())
        .update();
    jdbc.sql(
            "INSERT INTO return_interview (episode_id, due_at, version, updated_at)"
                + " VALUES (?, now() - INTERVAL '496 days', 1, now())")
        .param(returned)
        .update();
    jdbc.sql(
            """
            INSERT INTO missing_episode (id, child_id, kind, last_seen_at, start_at, recorded_by,
                   recorder_capacity, version, created_at, updated_at)
            SELECT ?, ?, 'A', now() - INTERVAL '1 hour', now() - INTERVAL '1 hour', id,
                   'KEY_WORKER', 1, now(), now()
              FROM app_user WHERE username = 'kw.jones'
            """)
        .params(open, child.value())
        .update();
    return List.of("/missing/episodes/" + returned, "/missing/episodes/" + open);
  }

  /**
   * A register entry linked to the child and a disruption activity against it (led by
   * police.evans): the pages with the disruption forms, for the police intelligence unit.
   */
  private List<String> disruptionPages(ChildId child) {
    java.util.UUID submission = java.util.UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO intel_submission (id, reference, status, submitted_by, submitted_by_name,
                   submitted_by_agency, created_at, updated_at, submitted_at, version, request_key)
            SELECT ?, 'INT-BAD-INPUT', 'SUBMITTED', id, display_name, 'Police', now(), now(),
                   now(), 1, ?
              FROM app_user WHERE username = 'intel.patel'
            """)
        .params(submission, java.util.UUID.randomUUID())
        .update();
    // Someone may be at risk now, so the submission's page offers the acknowledge form.
    jdbc.sql(
            "UPDATE intel_submission SET risk_now = TRUE, risk_now_details = 'Test',"
                + " deadline_at = now() + interval '1 hour' WHERE id = ?")
        .param(submission)
        .update();
    // A draft of the officer's own, which their list offers to continue.
    jdbc.sql(
            """
            INSERT INTO intel_submission (id, reference, status, submitted_by, submitted_by_name,
                   submitted_by_agency, what_known, created_at, updated_at, version, request_key)
            SELECT ?, 'INT-BAD-DRAFT', 'DRAFT', id, display_name, 'Police', 'Draft words',
                   now(), now(), 0, ?
              FROM app_user WHERE username = 'intel.patel'
            """)
        .params(java.util.UUID.randomUUID(), java.util.UUID.randomUUID())
        .update();
    java.util.UUID target = java.util.UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO intel_entity (id, kind, label, created_at, created_by_name, version)"
                + " VALUES (?, 'PERSON', 'Bad input adult', now(), 'Test', 1)")
        .param(target)
        .update();
    jdbc.sql(
            "INSERT INTO intel_link (id, from_kind, from_id, to_kind, to_id, submission_id,"
                + " created_at) VALUES (?, 'PERSON', ?, 'CHILD', ?, ?, now())")
        .params(java.util.UUID.randomUUID(), target, child.value(), submission)
        .update();
    java.util.UUID activity = java.util.UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO disruption_activity (id, target_id, tactic_id, lead_agency, lead_officer,
                   proposed_on, victims_views_considered, victims_views, version, created_at,
                   created_by_name, updated_at, updated_by_name)
            SELECT ?, ?, t.id, 'Police', u.id, current_date, TRUE, 'Test', 1, now(), 'Test',
                   now(), 'Test'
              FROM disruption_tactic t, app_user u
             WHERE t.code = 'OTHER' AND u.username = 'police.evans'
            """)
        .params(activity, target)
        .update();
    jdbc.sql("INSERT INTO disruption_activity_child (activity_id, child_id) VALUES (?, ?)")
        .params(activity, child.value())
        .update();
    // The submission names the adult, so the entry's page offers to separate or join it.
    jdbc.sql(
            """
            INSERT INTO intel_mention (id, submission_id, position, kind, nickname, entity_id)
            VALUES (?, ?, 0, 'PERSON', 'Bad input adult', ?)
            """)
        .params(java.util.UUID.randomUUID(), submission, target)
        .update();
    return List.of(
        "/disruption",
        "/disruption/new/" + target,
        "/disruption/" + activity,
        "/intelligence",
        "/intelligence/" + submission,
        "/intelligence/entities/" + target);
  }

  private static Actor actor(Browser browser, String... seeds) {
    return new Actor(browser, List.of(seeds), List.of());
  }

  private ChildId childOfKwJones(String first, String last) {
    var keyWorker = actAs.user("kw.jones");
    ChildId child =
        children.create(TestChildren.named(first, last, LocalDate.of(2011, 3, 4), Sex.FEMALE)).id();
    teams.assign(child, keyWorker.id(), TeamRole.KEY_WORKER);
    return child;
  }

  private CaseId caseWithPlan(ChildId child) {
    CaseId kase = cases.openOrAdd(child, "CON-BAD-INPUT");
    plans.addAction(
        kase,
        new PlanAction(
            null,
            PlanSection.DISRUPTION,
            "Visit the address the child was seen at",
            "PC Test",
            "Northbridge Police Child Exploitation Team",
            LocalDate.of(2031, 1, 1),
            ActionStatus.NOT_STARTED,
            null,
            0),
        UUID.randomUUID());
    plans.addMeasure(kase, "How safe she feels at home", UUID.randomUUID());
    return kase;
  }

  private void addRelationship(Browser keyWorker, String kase) {
    Page form = keyWorker.get(kase + "/young-person/relationships/new");
    Page saved =
        keyWorker.submit(form, Map.of("kind", "FAMILY", "name", "Aunt Jo", "closeness", "STRONG"));
    assertThat(saved.isRedirect()).as(saved.errorSummary()).isTrue();
    keyWorker.get(saved.location()); // as a browser would: the page takes the save's flash message
  }

  private void saveAssessment(Browser keyWorker, String kase) {
    Page form = keyWorker.get(kase + "/assessment/edit");
    Page saved =
        keyWorker.submitAsShown(
            form,
            "main form[action$=/assessment/edit]",
            Map.of(
                "text[LEVEL_REASONS]", "She has asked for help with what is happening",
                "levelOfResponse", "TARGETED"));
    assertThat(saved.isRedirect()).as(saved.errorSummary()).isTrue();
  }

  /** A plain entry in the case's chronology, which the team can correct or withdraw. */
  private void addChronologyEntry(Browser keyWorker, String kase) {
    LocalDate day = LocalDate.now().minusDays(1);
    Page saved =
        keyWorker.submit(
            keyWorker.get(kase + "/chronology/new"),
            Map.of(
                "occurredDay", String.valueOf(day.getDayOfMonth()),
                "occurredMonth", String.valueOf(day.getMonthValue()),
                "occurredYear", String.valueOf(day.getYear()),
                "whatHappened", "Met at the library and talked about college courses",
                "significance", "ROUTINE"));
    assertThat(saved.isRedirect()).as(saved.errorSummary()).isTrue();
    keyWorker.get(saved.location());
  }

  /** The page confirming emergency access to a record a search outside one's teams found. */
  private Page breakGlassMatch(Browser practitioner) {
    Page found =
        practitioner.submit(
            practitioner.get("/children/outside-my-teams"),
            Map.of(
                "child.firstName", "Nula",
                "child.lastName", "Byte",
                "child.dateOfBirth.day", "4",
                "child.dateOfBirth.month", "3",
                "child.dateOfBirth.year", "2011"));
    var link = found.document().selectFirst("main a[href^=/children/break-glass/match/]");
    assertThat(link).as(found.document().select("main").text()).isNotNull();
    return practitioner.get(link.attr("href"));
  }

  /** A draft concern of kw.jones: its address. */
  private String draftConcern(Browser keyWorker) {
    Page saved =
        keyWorker.submit(
            keyWorker.get("/concerns/new"),
            Map.of(
                "child.firstName", "Kez",
                "whatHappened", "Seen getting into a car with an older man",
                "informationSource", "FIRST_HAND",
                "reliability", "KNOWN_TO_BE_TRUE"));
    assertThat(saved.isRedirect()).as(saved.errorSummary()).isTrue();
    String location = saved.location();
    return location.substring(0, "/concerns/".length() + 36);
  }

  /**
   * The young person's page shown after saving words the language guide flags (the chronology
   * checks words before saving instead, so it offers no "Keep as written" form).
   */
  private Page flaggedPersonOfConcern(Browser keyWorker, String kase) {
    Page saved =
        keyWorker.submit(
            keyWorker.get(kase + "/young-person/persons-of-concern/new"),
            Map.of(
                "name", "Dean (nickname)",
                "description", "Her boyfriend, a 30-year-old man who drives a silver car."));
    assertThat(saved.isRedirect()).as(saved.errorSummary()).isTrue();
    Page findings = keyWorker.get(saved.location());
    assertThat(findings.document().select("form[action=/language/kept]")).isNotEmpty();
    return findings;
  }

  /** A browser that gave the right password and waits at the next step. */
  private Browser passwordOnly(String username) {
    Browser browser = new Browser(port);
    Page next =
        browser.submit(
            browser.get("/login"), Map.of("username", username, "password", TestUsers.PASSWORD));
    assertThat(next.isRedirect()).as("password step of %s", username).isTrue();
    return browser;
  }
}
