package uk.harbour.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static uk.harbour.audit.AuditTestEvents.aUser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.NewUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.UserSummary;

/**
 * The audit search controller through the real security filters and database. Views are not
 * rendered here (see AuditPagesIntegrationTests); these tests check the model and the audit.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(uk.harbour.testing.ActAs.class)
class AuditSearchControllerIntegrationTests {

  static final ZoneId UK = ZoneId.of("Europe/London");

  @Autowired MockMvc mvc;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired uk.harbour.accesscontrol.Directory directory;
  @Autowired uk.harbour.people.Children children;
  @Autowired uk.harbour.testing.ActAs actAs;

  AuditTestEvents events;
  HarbourUser officer;

  @BeforeEach
  void setUp() {
    events = new AuditTestEvents(publisher, transactions, jdbc);
    officer = aUser("dpo-" + UUID.randomUUID(), Role.DATA_PROTECTION_OFFICER);
  }

  @Test
  void findsOneUsersEventsNewestFirstAndAuditsTheSearch() throws Exception {
    String type = AuditTestEvents.uniqueRecordType();
    HarbourUser alex = aUser("alex-" + UUID.randomUUID(), Role.KEY_WORKER);
    HarbourUser bo = aUser("bo-" + UUID.randomUUID(), Role.PRACTITIONER);
    events.publishAs(alex, Audited.succeeded(AuditAction.VIEW, type, "1"));
    events.publishAs(bo, Audited.succeeded(AuditAction.VIEW, type, "2"));
    events.publishAs(alex, Audited.succeeded(AuditAction.CHANGE, type, "3"));

    AuditSearch.Results results = search(get("/audit").param("username", alex.username()));

    assertThat(results.rows()).extracting(AuditRow::recordId).containsExactly("3", "1");
    assertThat(results.rows()).extracting(AuditRow::username).containsOnly(alex.username());
    StoredEvent audit = lastEventBy(officer);
    assertThat(audit.action()).isEqualTo("SEARCH");
    assertThat(audit.outcome()).isEqualTo("SUCCEEDED");
    assertThat(audit.recordType()).isEqualTo("audit");
    assertThat(audit.detail()).contains("username=" + alex.username()).contains("results=2");
  }

  @Test
  void findsEventsAboutOneRecord() throws Exception {
    String type = AuditTestEvents.uniqueRecordType();
    HarbourUser alex = aUser("alex-" + UUID.randomUUID(), Role.KEY_WORKER);
    events.publishAs(alex, Audited.succeeded(AuditAction.VIEW, type, "wanted"));
    events.publishAs(alex, Audited.succeeded(AuditAction.VIEW, type, "other"));
    events.publishAs(alex, Audited.denied(AuditAction.VIEW, type, "wanted"));

    AuditSearch.Results results =
        search(get("/audit").param("recordType", type).param("recordId", " wanted "));

    assertThat(results.rows())
        .extracting(AuditRow::recordId, AuditRow::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("wanted", "DENIED"),
            org.assertj.core.groups.Tuple.tuple("wanted", "SUCCEEDED"));
  }

  @Test
  void datesIncludeTheWholeOfEachDayInUkTime() throws Exception {
    String type = AuditTestEvents.uniqueRecordType();
    events.publishViews(type, 1);
    StoredEvent event = events.eventsFor(type).get(0);
    LocalDate day = event.occurredAt().atZone(UK).toLocalDate();

    assertThat(search(between(type, day, day)).rows())
        .extracting(AuditRow::recordId)
        .containsExactly(event.recordId());
    assertThat(search(between(type, day.minusDays(3), day.minusDays(1))).rows()).isEmpty();
    assertThat(search(between(type, day.plusDays(1), day.plusDays(1))).rows()).isEmpty();
  }

  @Test
  void pagesHoldFiftyEventsAndLinkToTheirNeighbours() throws Exception {
    String type = AuditTestEvents.uniqueRecordType();
    events.publishViews(type, 51);

    Map<String, Object> first = modelOf(get("/audit").param("recordType", type));
    Map<String, Object> second =
        modelOf(get("/audit").param("recordType", type).param("page", "2"));

    AuditSearch.Results one = (AuditSearch.Results) first.get("results");
    assertThat(one.rows()).hasSize(50);
    assertThat(one.rows().get(0).recordId()).isEqualTo("record-50");
    assertThat(first).doesNotContainKey("previousHref");
    assertThat(first.get("nextHref")).isEqualTo("/audit?recordType=" + type + "&page=2");
    AuditSearch.Results two = (AuditSearch.Results) second.get("results");
    assertThat(two.rows()).extracting(AuditRow::recordId).containsExactly("record-0");
    assertThat(second.get("previousHref")).isEqualTo("/audit?recordType=" + type + "&page=1");
    assertThat(second).doesNotContainKey("nextHref");
  }

  @Test
  void repeatedViewsAreOneRowNamingThePersonTheirAgencyAndTheRecordInWords() throws Exception {
    UserSummary rhys = directory.findUserByUsername("kw.jones").orElseThrow();
    ChildRow child = aNewChild();
    HarbourUser kw = asPrincipal(rhys);
    for (int i = 0; i < 3; i++) {
      events.publishAs(kw, Audited.succeeded(AuditAction.VIEW, "child", child.id()));
    }
    events.publishAs(kw, Audited.succeeded(AuditAction.CHANGE, "child", child.id()));

    AuditSearch.Results results =
        search(get("/audit").param("recordType", "child").param("recordId", child.id()));

    assertThat(results.rows())
        .extracting(AuditRow::action)
        .containsExactly("CHANGE", "VIEW", "CREATE");
    AuditRow views = results.rows().get(1);
    assertThat(views.action()).isEqualTo("VIEW");
    assertThat(views.times()).isEqualTo(3);
    assertThat(views.repeated()).isTrue();
    assertThat(views.from()).isBefore(views.to());
    assertThat(views.name()).isEqualTo("Rhys Jones");
    assertThat(views.agencyName()).isEqualTo(rhys.agencyName());
    assertThat(views.record())
        .isEqualTo(new RecordDescription("audit.record.child", List.of(child.reference())));
    assertThat(results.rows().get(0).times()).isEqualTo(1);
  }

  @Test
  void findsAPersonByNameAndFiltersByWhatTheyDid() throws Exception {
    UserSummary rhys = directory.findUserByUsername("kw.jones").orElseThrow();
    ChildRow child = aNewChild();
    HarbourUser kw = asPrincipal(rhys);
    events.publishAs(kw, Audited.succeeded(AuditAction.VIEW, "child", child.id()));
    events.publishAs(kw, Audited.succeeded(AuditAction.EXPORT, "child", child.id()));

    AuditSearch.Results exports =
        search(
            get("/audit")
                .param("username", " rhys   JONES ")
                .param("action", "EXPORT")
                .param("recordType", "child")
                .param("recordId", child.id()));

    assertThat(exports.rows()).extracting(AuditRow::action).containsExactly("EXPORT");
    assertThat(exports.rows()).extracting(AuditRow::username).containsExactly("kw.jones");
    StoredEvent audit = lastEventBy(officer);
    assertThat(audit.detail()).contains("username=kw.jones").contains("action=EXPORT");
  }

  @Test
  void aNameSeveralPeopleShareAsksWhichOneAndAnUnknownActionIsRefused() throws Exception {
    UserSummary rhys = directory.findUserByUsername("kw.jones").orElseThrow();
    String name = "Jo Twin " + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 1; i <= 2; i++) {
      String username = "jo.twin." + i + "." + UUID.randomUUID().toString().substring(0, 8);
      directory.createUser(
          new NewUser(
              username,
              name,
              username + "@example.invalid",
              "Youth worker",
              rhys.agencyId(),
              null,
              Set.of(Role.PRACTITIONER),
              "a-long-synthetic-password-for-tests",
              null));
    }

    expectFieldError(
        get("/audit").param("username", name), "username", "audit.search.username.ambiguous");
    expectFieldError(
        get("/audit").param("action", "DANCE"), "action", "audit.search.action.unknown");
  }

  @Test
  void rejectsDatesThatAreNotRealOrIncomplete() throws Exception {
    expectFieldError(
        get("/audit")
            .param("dateFromDay", "31")
            .param("dateFromMonth", "2")
            .param("dateFromYear", "2026"),
        "dateFrom",
        "audit.search.dateFrom.invalid");
    expectFieldError(
        get("/audit").param("dateToDay", "1").param("dateToMonth", "2").param("dateToYear", "26"),
        "dateTo",
        "audit.search.dateTo.invalid");
    expectFieldError(
        get("/audit").param("dateFromDay", "1").param("dateFromYear", "2026"),
        "dateFrom",
        "audit.search.dateFrom.incomplete");
    expectFieldError(
        get("/audit")
            .param("dateFromDay", "x")
            .param("dateFromMonth", "2")
            .param("dateFromYear", "2026"),
        "dateFrom",
        "audit.search.dateFrom.invalid");
  }

  @Test
  void rejectsAFromDateAfterTheToDate() throws Exception {
    expectFieldError(
        between("child", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)),
        "dateTo",
        "audit.search.dateTo.beforeFrom");
  }

  @Test
  void asksForTheRecordTypeWithARecordId() throws Exception {
    expectFieldError(
        get("/audit").param("recordId", "1234"), "recordType", "audit.search.recordType.missing");
  }

  @Test
  void refusesAndAuditsAnyoneButADataProtectionOfficer() throws Exception {
    HarbourUser manager = aUser("manager-" + UUID.randomUUID(), Role.TEAM_MANAGER, Role.KEY_WORKER);

    mvc.perform(get("/audit").param("username", "someone").with(as(manager)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/audit").param("dateFromDay", "99").with(as(manager)))
        .andExpect(status().isForbidden());

    List<StoredEvent> refusals = eventsBy(manager);
    assertThat(refusals).hasSize(2);
    assertThat(refusals)
        .allSatisfy(
            e -> {
              // The security rules refuse the page before the controller runs, and audit it.
              assertThat(e.action()).isEqualTo("ACCESS_DENIED");
              assertThat(e.outcome()).isEqualTo("DENIED");
              assertThat(e.recordType()).isEqualTo("page");
              assertThat(e.recordId()).isEqualTo("/audit");
              assertThat(e.roles()).isEqualTo("KEY_WORKER,TEAM_MANAGER");
            });
  }

  private MockHttpServletRequestBuilder between(String type, LocalDate from, LocalDate to) {
    return get("/audit")
        .param("recordType", type)
        .param("dateFromDay", Integer.toString(from.getDayOfMonth()))
        .param("dateFromMonth", Integer.toString(from.getMonthValue()))
        .param("dateFromYear", Integer.toString(from.getYear()))
        .param("dateToDay", Integer.toString(to.getDayOfMonth()))
        .param("dateToMonth", Integer.toString(to.getMonthValue()))
        .param("dateToYear", Integer.toString(to.getYear()));
  }

  private void expectFieldError(MockHttpServletRequestBuilder request, String field, String code)
      throws Exception {
    mvc.perform(request.with(as(officer)))
        .andExpect(status().isOk())
        .andExpect(view().name("audit/search"))
        .andExpect(model().attributeHasFieldErrorCode("form", field, code))
        .andExpect(model().attributeDoesNotExist("results"));
  }

  record ChildRow(String id, String reference) {}

  /** A child of its own for one test, so other tests' events about the demo children stay apart. */
  private ChildRow aNewChild() {
    actAs.user("kw.jones");
    try {
      var record =
          children.create(
              uk.harbour.testing.TestChildren.named(
                  "Audit",
                  "Rows" + UUID.randomUUID().toString().substring(0, 6),
                  LocalDate.of(2012, 5, 6),
                  uk.harbour.people.Sex.FEMALE));
      return new ChildRow(record.id().toString(), record.reference());
    } finally {
      actAs.nobody();
    }
  }

  private static HarbourUser asPrincipal(UserSummary u) {
    return new HarbourUser(
        u.id(), u.username(), u.displayName(), u.agencyId(), u.agencyName(), u.roles());
  }

  private AuditSearch.Results search(MockHttpServletRequestBuilder request) throws Exception {
    return (AuditSearch.Results) modelOf(request).get("results");
  }

  private Map<String, Object> modelOf(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(as(officer)))
        .andExpect(status().isOk())
        .andExpect(view().name("audit/search"))
        .andExpect(model().hasNoErrors())
        .andReturn()
        .getModelAndView()
        .getModel();
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor as(
      HarbourUser user) {
    return authentication(AuditTestEvents.authentication(user));
  }

  private StoredEvent lastEventBy(HarbourUser user) {
    List<StoredEvent> mine = eventsBy(user);
    return mine.get(mine.size() - 1);
  }

  private List<StoredEvent> eventsBy(HarbourUser user) {
    return jdbc.sql(
            "SELECT " + StoredEvent.COLUMNS + " FROM audit_event WHERE username = ? ORDER BY seq")
        .param(user.username())
        .query(StoredEvent::map)
        .list();
  }

  /** Stands in for Thymeleaf so these tests check the controller, not the page layout. */
  @TestConfiguration(proxyBeanMethods = false)
  static class NoRendering {
    @Bean(name = "thymeleafViewResolver")
    ViewResolver thymeleafViewResolver() {
      return new NoRenderingResolver();
    }
  }

  static class NoRenderingResolver implements ViewResolver, Ordered {
    @Override
    public View resolveViewName(String viewName, java.util.Locale locale) {
      return new View() {
        @Override
        public String getContentType() {
          return "text/html";
        }

        @Override
        public void render(
            Map<String, ?> model,
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {}
      };
    }

    @Override
    public int getOrder() {
      return 0;
    }
  }
}
