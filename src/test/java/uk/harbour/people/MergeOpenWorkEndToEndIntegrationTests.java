package uk.harbour.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.cases.Cases;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;
import uk.harbour.testing.TestChildren;

/**
 * Over real HTTP: two records of one child, each with an open case, are proposed for a merge; the
 * merge page says both have open work and lists it, before approval and after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MergeOpenWorkEndToEndIntegrationTests {

  @LocalServerPort int port;
  @Autowired Children children;
  @Autowired Teams teams;
  @Autowired Directory directory;
  @Autowired Cases cases;
  @Autowired JdbcClient jdbc;

  @Test
  void theMergePageFlagsOpenWorkOnBothRecords() {
    ChildRecord full = child("Araminta", "Fothergill", "NB3 2PQ");
    ChildRecord partial = child("Ara", "Fotheirgill", "NB3 2PQ");
    teams.assign(full.id(), user("kw.jones"), TeamRole.KEY_WORKER);
    teams.assign(partial.id(), user("kw.ahmed"), TeamRole.KEY_WORKER);
    cases.openOrAdd(full.id(), "CON-TEST-WEB-1");
    cases.openOrAdd(partial.id(), "CON-TEST-WEB-2");

    Browser lee = Demo.signIn(port, "screening.lee");
    Page queue = lee.get("/duplicates");
    lee.submit(queue, "main form[action$='/duplicates/scan']", Map.of());
    UUID pair =
        jdbc.sql(
                "SELECT id FROM child_duplicate WHERE (child_a = ? AND child_b = ?)"
                    + " OR (child_a = ? AND child_b = ?)")
            .params(
                full.id().value(), partial.id().value(), partial.id().value(), full.id().value())
            .query(UUID.class)
            .single();
    Page pairPage = lee.get("/duplicates/" + pair);
    String keepFirst = pairPage.document().select("label[for=decision]").text();
    String keep = keepFirst.contains("keep " + full.reference()) ? "KEEP_FIRST" : "KEEP_SECOND";
    Page proposed =
        lee.submit(
            pairPage,
            "main form[method=post]",
            Map.of("decision", keep, "reasons", "Same child: both key workers agree."));
    assertThat(proposed.isRedirect()).as(proposed.body()).isTrue();

    Browser osei = Demo.signIn(port, "screening.osei");
    Page before = osei.get(proposed.location());
    String text = before.document().select("main").text();
    assertThat(text)
        .contains("Both records have open work")
        .contains("Open work on " + full.reference())
        .contains("Open work on " + partial.reference())
        .contains("An open case");
    assertThat(before.document().select("main .govuk-warning-text").text())
        .contains("Harbour tells both records’ key workers");

    Page approved =
        osei.submit(
            before,
            "main form[action$='/decision']",
            Map.of("decision", "APPROVE", "reasons", "Checked: one child, two open cases."));
    assertThat(approved.isRedirect()).as(approved.body()).isTrue();
    Page after = osei.get(approved.location());
    assertThat(after.document().select("main .govuk-warning-text").text())
        .contains("The key workers of both records were told");
  }

  private ChildRecord child(String first, String last, String postcode) {
    return children.create(
        TestChildren.living(
            first,
            last,
            LocalDate.of(2011, 2, 14),
            Sex.FEMALE,
            null,
            postcode,
            "Riverside Academy"));
  }

  private uk.harbour.shared.UserId user(String username) {
    return directory.findUserByUsername(username).orElseThrow().id();
  }
}
