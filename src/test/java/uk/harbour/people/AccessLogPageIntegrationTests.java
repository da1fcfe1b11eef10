package uk.harbour.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;
import uk.harbour.testing.TestChildren;

/**
 * "Who has seen this record" names people (with their agency) rather than usernames, shows a person
 * opening the record several times in a short while as one row ("3 times between ..."), and lets
 * the reader filter by person, action and dates, over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ActAs.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessLogPageIntegrationTests {

  static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @LocalServerPort int port;
  @Autowired ActAs actAs;
  @Autowired Children children;
  @Autowired Teams teams;
  @Autowired Directory directory;

  ChildId child;
  String priyaId;
  Browser keyWorker;

  @BeforeAll
  void setUp() {
    child = aChildViewedByBoth();
    priyaId = directory.findUserByUsername("sw.taylor").orElseThrow().id().value().toString();
    keyWorker = Demo.signIn(port, "kw.jones");
  }

  /** A new child, created by kw.jones and viewed by him three times, then by sw.taylor once. */
  private ChildId aChildViewedByBoth() {
    actAs.user("kw.jones");
    ChildId created =
        children
            .createWithCreatorInTeam(
                TestChildren.named(
                    "Log",
                    "Rows" + UUID.randomUUID().toString().substring(0, 6),
                    LocalDate.of(2011, 2, 3),
                    Sex.MALE),
                TeamRole.KEY_WORKER)
            .id();
    var priya = directory.findUserByUsername("sw.taylor").orElseThrow();
    teams.assign(created, priya.id(), TeamRole.SOCIAL_WORKER);
    for (int i = 0; i < 3; i++) {
      children.view(created);
    }
    actAs.user("sw.taylor");
    children.view(created);
    actAs.nobody();
    return created;
  }

  @Test
  void namesPeopleWithTheirAgencyAndGroupsRepeatedViewsIntoOneRow() {
    ChildId fresh = aChildViewedByBoth();
    Page page = keyWorker.get("/children/" + fresh + "/access-log");
    assertThat(page.status()).isEqualTo(200);
    Document log = page.document();

    List<List<String>> rows = rows(log);
    List<String> rhysViews =
        rows.stream()
            .filter(r -> r.get(1).equals("Rhys Jones") && r.get(3).equals("Viewed"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(rows.toString()));
    assertThat(rhysViews.get(0))
        .matches(
            "3 times (at \\d\\d:\\d\\d|between \\d\\d:\\d\\d and \\d\\d:\\d\\d)"
                + " on \\d{1,2} \\w{3,4} \\d{4}");
    assertThat(rhysViews.get(2)).isEqualTo("Northbridge Children's Social Care");
    assertThat(rhysViews.get(4)).isEqualTo("Their record");
    assertThat(rows).anyMatch(r -> r.get(1).equals("Priya Taylor") && r.get(3).equals("Viewed"));
    assertThat(
            rows.stream().filter(r -> r.get(1).equals("Rhys Jones") && r.get(3).equals("Viewed")))
        .hasSize(1);
    String tableText = log.select("table").text();
    assertThat(tableText).doesNotContain("kw.jones").doesNotContain("sw.taylor");
    assertThat(tableText).doesNotContainPattern(UUID_PATTERN);
  }

  @Test
  void filtersByPerson() {
    Document log = open("?person=" + priyaId);

    List<List<String>> rows = rows(log);
    assertThat(rows).isNotEmpty().allMatch(r -> r.get(1).equals("Priya Taylor"));
    assertThat(log.text()).contains("Showing only what matches your filters.");
    assertThat(log.select("select#person option[selected]").eachAttr("value"))
        .containsExactly(priyaId);
    assertThat(log.select("select#person option").eachText())
        .contains("Anyone", "Priya Taylor (Northbridge Children's Social Care)");
  }

  @Test
  void filtersByAction() {
    List<List<String>> rows = rows(open("?action=CREATE"));

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get(1)).isEqualTo("Rhys Jones");
    assertThat(rows.get(0).get(3)).isEqualTo("Created");
  }

  @Test
  void filtersByDate() {
    LocalDate tomorrow = LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(1);
    Document future =
        open(
            "?dateFromDay="
                + tomorrow.getDayOfMonth()
                + "&dateFromMonth="
                + tomorrow.getMonthValue()
                + "&dateFromYear="
                + tomorrow.getYear());
    assertThat(future.select("table")).isEmpty();
    assertThat(future.text()).contains("Nothing matches your filters.");

    LocalDate today = tomorrow.minusDays(1);
    Document todayOnly =
        open(
            "?dateFromDay="
                + today.getDayOfMonth()
                + "&dateFromMonth="
                + today.getMonthValue()
                + "&dateFromYear="
                + today.getYear()
                + "&dateToDay="
                + today.getDayOfMonth()
                + "&dateToMonth="
                + today.getMonthValue()
                + "&dateToYear="
                + today.getYear());
    assertThat(rows(todayOnly)).isNotEmpty();
  }

  @Test
  void aDateThatIsNotRealIsAnErrorNotAnEmptyLog() {
    Page page =
        keyWorker.get(
            "/children/" + child + "/access-log?dateFromDay=31&dateFromMonth=2&dateFromYear=2026");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.errorSummary()).contains("The from date must be a real date");
    assertThat(page.document().select("table")).isEmpty();
  }

  private Document open(String query) {
    Page page = keyWorker.get("/children/" + child + "/access-log" + query);
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return page.document();
  }

  /** Each row's cells: when, who, agency, what, where, reason. */
  private static List<List<String>> rows(Document log) {
    return log.select("tbody tr").stream()
        .map(tr -> tr.select("td").stream().map(Element::text).toList())
        .toList();
  }
}
