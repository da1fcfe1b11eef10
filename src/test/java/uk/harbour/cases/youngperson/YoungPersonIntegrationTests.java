package uk.harbour.cases.youngperson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.cases.CaseFixtures;
import uk.harbour.cases.Cases;
import uk.harbour.people.Children;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/** The young person's page: profile, eco-map, linked children and dual identity. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixtures.class})
class YoungPersonIntegrationTests {

  @LocalServerPort int port;
  @Autowired CaseFixtures fixtures;
  @Autowired Cases cases;
  @Autowired Children children;
  @Autowired ActAs actAs;

  @Test
  void theTeamRecordsTheirLifeRelationshipsAndOtherChildrenWithoutLosingAVictimsStatus() {
    TwoCases two = twoCases("Jade", "Kai", "CON-YP-000001", "CON-YP-000002");
    String caseId = two.caseId();
    String otherCase = two.otherCase();
    String otherReference = two.otherReference();
    String base = "/cases/" + caseId + "/young-person";
    Browser kw = Demo.signIn(port, "kw.jones");

    Page profile = kw.get(base + "/profile");
    assertThat(kw.submit(profile, Map.of("hopes", "x".repeat(5001))).fieldError("hopes"))
        .contains("5,000 characters or fewer");
    assertThat(
            kw.submit(profile, Map.of("hopes", "To be a vet", "strengths", "Funny, loyal"))
                .location())
        .isEqualTo(base);
    assertThat(kw.submit(profile, Map.of("hopes", "Again")).status()).isEqualTo(409);

    Page relationship = kw.get(base + "/relationships/new");
    assertThat(kw.submit(relationship, Map.of()).errorSummary())
        .contains("Select who they are to the young person")
        .contains("Enter their name");
    kw.submit(
        relationship,
        Map.of(
            "kind", "FAMILY", "name", "Nan", "relationship", "grandmother", "closeness", "STRONG"));
    Page person = kw.get(base + "/persons-of-concern/new");
    assertThat(
            kw.submit(person, Map.of("name", "Older lad", "reference", "HBR-NOPE")).errorSummary())
        .contains("No other child has that Harbour reference");
    kw.submit(
        person,
        Map.of(
            "name",
            "Kai",
            "description",
            "Asked to bring her to parties",
            "reference",
            otherReference));
    Page link = kw.get(base + "/linked-children/new");
    kw.submit(
        link,
        Map.of(
            "reference",
            otherReference,
            "kind",
            "MAY_ALSO_BE_AT_RISK",
            "reason",
            "Same group of older men"));

    Page page = kw.get(base);
    assertThat(page.document().select("#profile").text()).contains("To be a vet");
    assertThat(page.document().select("#eco-map title").text()).contains("Jade Testcase");
    assertThat(page.document().select("#eco-map desc").text()).contains("2 people");
    assertThat(page.document().select("#eco-map rect")).hasSize(1);
    assertThat(page.document().select("#eco-map-text").text())
        .contains("Nan: Family. Strong.")
        .contains("Kai: Person of concern. Of concern.");
    assertThat(page.document().select("#relationships").text()).contains("Family (grandmother)");
    assertThat(page.document().select("#persons-of-concern").text())
        .contains("a child at risk in their own right");
    assertThat(page.document().select("#linked-children").text())
        .contains(otherReference + " (you are not in their team)")
        .contains("Same group of older men");
    assertThat(page.document().select("#dual-identity")).isEmpty();

    Browser ahmed = Demo.signIn(port, "kw.ahmed");
    Page theirs = ahmed.get("/cases/" + otherCase + "/young-person");
    assertThat(theirs.document().select("#dual-identity").text())
        .contains("remains a child at risk and a victim in their own right");
    assertThat(theirs.body()).doesNotContain("Jade");
  }

  @Test
  void relationshipsLinksAndPersonsOfConcernAreRemovedWithAReasonThatTheChronologyKeeps() {
    TwoCases two = twoCases("Lila", "Milo", "CON-YP-000003", "CON-YP-000004");
    String caseId = two.caseId();
    String otherCase = two.otherCase();
    String otherReference = two.otherReference();
    String base = "/cases/" + caseId + "/young-person";
    Browser kw = Demo.signIn(port, "kw.jones");
    kw.submit(
        kw.get(base + "/relationships/new"),
        Map.of("kind", "FRIEND", "name", "Tia", "closeness", "STRONG"));
    kw.submit(
        kw.get(base + "/persons-of-concern/new"),
        Map.of("name", "Milo", "description", "Passed on messages", "reference", otherReference));
    Browser ahmed = Demo.signIn(port, "kw.ahmed");
    assertThat(
            ahmed.get("/cases/" + otherCase + "/young-person").document().select("#dual-identity"))
        .isNotEmpty();

    String remove =
        kw.get(base).document().select("#persons-of-concern a[href$=/remove]").attr("href");
    Page ask = kw.get(remove);
    assertThat(ask.status()).isEqualTo(200);
    assertThat(ask.document().select("h1").text()).contains("Remove Milo as a person of concern");
    assertThat(kw.submit(ask, Map.of("reason", " ")).fieldError("reason"))
        .contains("Enter why you are removing it");
    Page removed =
        kw.submit(ask, Map.of("reason", "Police found the messages came from someone else"));
    assertThat(removed.location()).isEqualTo(base);
    assertThat(kw.submit(ask, Map.of("reason", "A second click")).status())
        .as("removing it again finds nothing to remove")
        .isEqualTo(404);

    Page page = kw.get(base);
    assertThat(page.document().select("#persons-of-concern")).isEmpty();
    assertThat(page.document().select("#relationships").text()).contains("Tia");
    assertThat(
            ahmed.get("/cases/" + otherCase + "/young-person").document().select("#dual-identity"))
        .as("the other child is no longer shown as named")
        .isEmpty();
    assertThat(kw.get("/cases/" + caseId + "/chronology").document().select("#chronology").text())
        .contains("Person of concern Milo removed. Reason: Police found the messages came from")
        .doesNotContain("A second click");

    String relationship = page.document().select("#relationships a[href$=/remove]").attr("href");
    kw.submit(kw.get(relationship), Map.of("reason", "Recorded on the wrong young person"));
    assertThat(kw.get(base).document().select("#relationships")).isEmpty();
    assertThat(kw.get(base + "/not-a-kind/" + java.util.UUID.randomUUID() + "/remove").status())
        .isEqualTo(404);
  }

  /** Kw.jones's case and the other child's, whose key worker is kw.ahmed. */
  private record TwoCases(String caseId, String otherCase, String otherReference) {}

  private TwoCases twoCases(String name, String otherName, String concern, String otherConcern) {
    actAs.user("screening.lee");
    try {
      ChildId child = fixtures.aChildWithKeyWorker(name, "kw.jones");
      ChildId other = fixtures.aChildWithKeyWorker(otherName, "kw.ahmed");
      return new TwoCases(
          cases.openOrAdd(child, concern).toString(),
          cases.openOrAdd(other, otherConcern).toString(),
          children.referenceForBreakGlass(other));
    } finally {
      actAs.nobody();
    }
  }
}
