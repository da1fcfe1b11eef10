package uk.harbour.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.BreakGlass;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.cases.Cases;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;
import uk.harbour.testing.TestChildren;

/**
 * "Who has seen this record" is complete: a child shown in a search or on someone's home page,
 * their case, a refused page, a notification naming them and the break-glass review of them all
 * appear in the child's own access log, and the notification and review pages are audited as views.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ActAs.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChildAccessLogIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ActAs actAs;
  @Autowired Children children;
  @Autowired Teams teams;
  @Autowired Cases cases;
  @Autowired BreakGlass breakGlass;

  String surname = "Accesslog" + UUID.randomUUID().toString().substring(0, 6);
  ChildId child;
  String caseId;
  Browser keyWorker;

  @BeforeAll
  void setUp() {
    var kw = actAs.user("kw.jones");
    child =
        children
            .create(TestChildren.inNeed("Aaron", surname, LocalDate.of(2012, 3, 4), Sex.MALE))
            .id();
    teams.assign(child, kw.id(), TeamRole.KEY_WORKER);
    caseId = cases.openOrAdd(child, "CON-ACCESS-LOG").toString();
    actAs.user("youth.mensah");
    breakGlass.grant(child, "HBR-ACCESS-LOG", "Access log test needs a break-glass use here");
    actAs.nobody();
    keyWorker = Demo.signIn(port, "kw.jones");
  }

  @Test
  void aSearchThatShowedTheChildIsInTheirAccessLog() {
    long before = eventsAbout("list", "SEARCH");
    Page results = keyWorker.submit(keyWorker.get("/children"), Map.of("name", surname));
    assertThat(results.body()).contains(surname);
    assertThat(eventsAbout("list", "SEARCH")).isEqualTo(before + 1);
  }

  @Test
  void theHomePageListingTheChildIsInTheirAccessLog() {
    long before = eventsAbout("list", "VIEW");
    keyWorker.get("/");
    assertThat(eventsAbout("list", "VIEW")).isGreaterThan(before);
  }

  @Test
  void eventsOnTheirCaseAreInTheirAccessLog() {
    assertThat(eventsAbout("case", "CREATE")).isEqualTo(1);
    keyWorker.get("/cases/" + caseId);
    assertThat(eventsAbout("case", "VIEW")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aPageTheSecurityRulesRefusedIsRecordedAgainstTheChild() {
    Browser admin = Demo.signIn(port, "admin.hughes");
    assertThat(admin.get("/children/" + child + "/edit").status()).isEqualTo(403);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event_child x JOIN audit_event e ON e.seq = x.seq"
                        + " WHERE x.child_id = ? AND e.username = 'admin.hughes'"
                        + " AND e.action = 'ACCESS_DENIED' AND e.record_type = 'child'")
                .param(child.value())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theKeyWorkersNotificationsAreAuditedAndNameTheChild() {
    long before = eventsAbout("notification", "VIEW");
    Page page = keyWorker.get("/notifications");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("HBR-ACCESS-LOG");
    assertThat(eventsAbout("notification", "VIEW")).isEqualTo(before + 1);
  }

  @Test
  void theReviewQueueAndTheReviewPageAreAuditedAndNameTheChild() {
    Browser officer = Demo.signIn(port, "dpo.fraser");
    long queueBefore = eventsAbout("break-glass", "VIEW");
    assertThat(officer.get("/break-glass/reviews").body()).contains("HBR-ACCESS-LOG");
    assertThat(eventsAbout("break-glass", "VIEW")).isEqualTo(queueBefore + 1);
    String grant =
        jdbc.sql("SELECT id FROM break_glass WHERE child_id = ?")
            .param(child.value())
            .query(UUID.class)
            .single()
            .toString();
    assertThat(officer.get("/break-glass/reviews/" + grant).status()).isEqualTo(200);
    assertThat(eventsAbout("break-glass", "VIEW")).isEqualTo(queueBefore + 2);
    keyWorker.get("/notifications");
    Page log = officer.get("/children/" + child + "/access-log");
    assertThat(log.document().select("tbody td").eachText())
        .contains(
            "A list or search showing them",
            "Their case",
            "Their record",
            "Emergency access review",
            "A notification about them");
  }

  @Test
  void eventsWithOtherChildrenStillVerify() {
    keyWorker.get("/");
    List<String> named =
        jdbc.sql("SELECT child_ids FROM audit_event WHERE child_ids LIKE ? ORDER BY seq DESC")
            .param("%" + child + "%")
            .query(String.class)
            .list();
    assertThat(named).isNotEmpty();
    assertThat(named.get(0).split(",")).isSorted();
  }

  /**
   * How many events of this record type and action the child's access log holds; record type {@code
   * list} means lists and searches (events with no record id).
   */
  private long eventsAbout(String recordType, String action) {
    String which = recordType.equals("list") ? "e.record_id IS NULL" : "e.record_type = ?";
    return jdbc.sql(
            "SELECT count(*) FROM audit_event_child x JOIN audit_event e ON e.seq = x.seq"
                + " WHERE x.child_id = ? AND e.action = ? AND "
                + which)
        .params(
            recordType.equals("list")
                ? new Object[] {child.value(), action}
                : new Object[] {child.value(), action, recordType})
        .query(Long.class)
        .single();
  }
}
