package uk.harbour.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Page;
import uk.harbour.testing.TestChildren;
import uk.harbour.testing.TestUsers;
import uk.harbour.testing.TestUsers.TestUser;

/**
 * Finding a child (issue 9, item 12) over real HTTP: search goes through the identity matching
 * engine within the access rule, and a practitioner outside a child's teams can reach break-glass
 * by name and date of birth, seeing at most a few records that may match and nothing else about
 * them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ChildSearchEndToEndIntegrationTests {

  static final String SEARCH_FORM = "main form[action$=/children/search]";

  /** The most records a break-glass search shows. */
  static final int MAX_SHOWN = 3;

  static final String OUTSIDE_FORM = "main form[action$=/children/outside-my-teams]";

  @LocalServerPort int port;
  @Autowired Children children;
  @Autowired Teams teams;
  @Autowired Directory directory;
  @Autowired JdbcClient jdbc;

  @Test
  void sofieSmythFindsSophieSmithWithTheReasonsInPlainWords() {
    TestUser user = new TestUsers(directory).create(Role.PRACTITIONER);
    ChildRecord sophie = child("Sophie", "Smith", LocalDate.of(2011, 6, 14), "Riverside Academy");
    teams.assign(sophie.id(), user.id(), TeamRole.EDUCATION_PRACTITIONER);
    Browser browser = user.signIn(port);

    Page found = search(browser, "Sofie Smyth");
    List<Element> rows = found.document().select("main table tbody tr");
    assertThat(rows).isNotEmpty();
    Element first = rows.get(0);
    assertThat(first.text()).contains("Sophie Smith").contains(sophie.reference());
    assertThat(first.select("td").last().text())
        .containsAnyOf("Very closely", "Closely", "In part")
        .doesNotContain("%")
        .contains("First name")
        .contains("Family name");
    assertThat(searchesNaming(user.username(), sophie.id().value())).isEqualTo(1);
  }

  @Test
  void aChildOutsideTheAccessRuleIsNeverInTheResults() {
    TestUser user = new TestUsers(directory).create(Role.PRACTITIONER);
    LocalDate born = LocalDate.of(2010, 11, 2);
    ChildRecord mine = child("Tamsin", "Oakenshaw", born, "Riverside Academy");
    ChildRecord hidden = child("Tamsin", "Oakenshaw", born, "Riverside Academy");
    ChildRecord alsoHidden = child("Tamzin", "Okenshaw", born, "Northbridge High");
    teams.assign(mine.id(), user.id(), TeamRole.YOUTH_WORKER);
    Browser browser = user.signIn(port);

    for (Page page :
        List.of(
            search(browser, "Tamsin Oakenshaw"),
            search(browser, "Tamzin Okenshaw"),
            search(browser, "Oakenshaw"),
            searchWithBirth(browser, "", born))) {
      String main = page.document().select("main").text();
      assertThat(main).contains(mine.reference());
      assertThat(main).doesNotContain(hidden.reference()).doesNotContain(alsoHidden.reference());
      assertThat(page.body())
          .doesNotContain(hidden.id().toString())
          .doesNotContain(alsoHidden.id().toString());
    }
  }

  @Test
  void theBreakGlassSearchShowsAtMostThreeRecordsRevealsNothingElseAndIsAudited() {
    TestUser user = new TestUsers(directory).create(Role.PRACTITIONER);
    LocalDate born = LocalDate.of(2012, 5, 6);
    List<ChildRecord> hidden = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      hidden.add(child("Marnie", "Quillfeather", born, "Hidden School " + i));
    }
    ChildRecord visible = child("Marnie", "Quillfeather", born, "Visible School");
    teams.assign(visible.id(), user.id(), TeamRole.OTHER_PRACTITIONER);
    Browser browser = user.signIn(port);

    Page results = outsideSearch(browser, "Marnie", "Quillfeather", born, null);
    assertThat(results.status()).isEqualTo(200);
    List<Element> offered = results.document().select("main .govuk-summary-card");
    assertThat(offered).hasSize(MAX_SHOWN);
    for (Element card : offered) {
      assertThat(card.text())
          .contains("A record may match")
          .contains("M. Q., born 2012")
          .contains("Very likely");
    }
    // Nothing else: no name, reference, school or address, and no child's id anywhere in the page.
    Element resultsPart = results.document().selectFirst("main h2");
    String shown = results.document().select("main .govuk-summary-card").text();
    assertThat(resultsPart).isNotNull();
    assertThat(shown)
        .doesNotContain("Marnie")
        .doesNotContain("Quillfeather")
        .doesNotContain("HBR-")
        .doesNotContain("School")
        .doesNotContain("Lane");
    for (ChildRecord child : hidden) {
      assertThat(results.body()).doesNotContain(child.id().toString());
    }
    assertThat(results.body()).doesNotContain(visible.id().toString());

    // Audited as a search naming exactly the children shown, all of them outside the user's teams.
    List<UUID> named = breakGlassSearchNamed(user.username());
    assertThat(named).hasSize(MAX_SHOWN);
    assertThat(hidden.stream().map(c -> c.id().value()).toList()).containsAll(named);
  }

  @Test
  void aRecordFarFromWhatWasTypedIsNotOffered() {
    TestUser user = new TestUsers(directory).create(Role.PRACTITIONER);
    child("Ottilie", "Farrowdene", LocalDate.of(2013, 3, 9), "Riverside Academy");
    Browser browser = user.signIn(port);
    Page results = outsideSearch(browser, "Petra", "Nobodyhere", LocalDate.of(2009, 12, 1), null);
    assertThat(results.document().select("main .govuk-summary-card")).isEmpty();
    assertThat(results.document().select("main").text())
        .contains("No record outside your teams matches closely enough");
    assertThat(breakGlassSearchNamed(user.username())).isEmpty();
  }

  @Test
  void breakGlassFromASearchNeedsAReasonAndAConfirmation() {
    TestUser user = new TestUsers(directory).create(Role.PRACTITIONER);
    ChildRecord child =
        child("Rosalind", "Peverell", LocalDate.of(2011, 1, 20), "Riverside Academy");
    Browser browser = user.signIn(port);
    Page results = outsideSearch(browser, "Rosalind", "Peverell", null, 14);
    Element use = results.document().selectFirst("main a[href^=/children/break-glass/match/]");
    assertThat(use).isNotNull();
    String matchPage = use.attr("href");

    // Another session cannot use the link.
    assertThat(
            new TestUsers(directory).create(Role.PRACTITIONER).signIn(port).get(matchPage).status())
        .isEqualTo(404);

    Page form = browser.get(matchPage);
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.document().select("main").text())
        .contains("R. P., born 2011")
        .doesNotContain("Rosalind")
        .doesNotContain(child.reference());
    String reason =
        "Told by the school that she has not been seen since Friday and may be missing.";
    Page unconfirmed = browser.submit(form, Map.of("reason", reason));
    assertThat(unconfirmed.status()).isEqualTo(200);
    assertThat(unconfirmed.errorSummary()).contains("Confirm this is the child you need");
    assertThat(grants(user.username(), child.id().value())).isZero();

    Page granted = browser.submit(form, Map.of("reason", reason, "confirmed", "CONFIRMED"));
    assertThat(granted.location()).isEqualTo("/children/" + child.id());
    assertThat(grants(user.username(), child.id().value())).isEqualTo(1);
    assertThat(browser.get("/children/" + child.id()).status()).isEqualTo(200);
  }

  @Test
  void theBreakGlassSearchNeedsANameAndADateOfBirthOrAge() {
    Browser browser = new TestUsers(directory).create(Role.PRACTITIONER).signIn(port);
    Page page =
        browser.submit(
            browser.get("/children/outside-my-teams"),
            OUTSIDE_FORM,
            Map.of("child.firstName", "Ann"));
    assertThat(page.errorSummary())
        .contains("Enter the child’s last name")
        .contains("Enter the child’s date of birth or their approximate age");
  }

  private ChildRecord child(String first, String last, LocalDate born, String school) {
    return children.create(
        TestChildren.living(
            first, last, born, Sex.FEMALE, "12 " + school + " Lane, Northbridge", null, school));
  }

  private Page search(Browser browser, String name) {
    return browser.submit(browser.get("/children"), SEARCH_FORM, Map.of("name", name));
  }

  private Page searchWithBirth(Browser browser, String name, LocalDate born) {
    return browser.submit(
        browser.get("/children"),
        SEARCH_FORM,
        Map.of(
            "name", name,
            "dateOfBirth.day", String.valueOf(born.getDayOfMonth()),
            "dateOfBirth.month", String.valueOf(born.getMonthValue()),
            "dateOfBirth.year", String.valueOf(born.getYear())));
  }

  private Page outsideSearch(
      Browser browser, String first, String last, LocalDate born, Integer age) {
    Map<String, String> fields = new java.util.HashMap<>();
    fields.put("child.firstName", first);
    fields.put("child.lastName", last);
    if (born != null) {
      fields.put("child.dateOfBirth.day", String.valueOf(born.getDayOfMonth()));
      fields.put("child.dateOfBirth.month", String.valueOf(born.getMonthValue()));
      fields.put("child.dateOfBirth.year", String.valueOf(born.getYear()));
    }
    if (age != null) {
      fields.put("child.approximateAge", String.valueOf(age));
    }
    return browser.submit(browser.get("/children/outside-my-teams"), OUTSIDE_FORM, fields);
  }

  private long searchesNaming(String username, UUID child) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_event e JOIN audit_event_child c ON c.seq = e.seq"
                + " WHERE e.username = ? AND e.action = 'SEARCH' AND c.child_id = ?")
        .params(username, child)
        .query(Long.class)
        .single();
  }

  private List<UUID> breakGlassSearchNamed(String username) {
    return jdbc.sql(
            "SELECT c.child_id FROM audit_event e JOIN audit_event_child c ON c.seq = e.seq"
                + " WHERE e.username = ? AND e.action = 'SEARCH' AND e.detail LIKE 'break-glass search%'")
        .param(username)
        .query(UUID.class)
        .list();
  }

  private long grants(String username, UUID child) {
    return jdbc.sql(
            "SELECT count(*) FROM break_glass b JOIN app_user u ON u.id = b.user_id"
                + " WHERE u.username = ? AND b.child_id = ?")
        .params(username, child)
        .query(Long.class)
        .single();
  }
}
