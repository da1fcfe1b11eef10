package uk.harbour.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;
import uk.harbour.testing.TestChildren;

/**
 * The language guide on the child record's disability details, break-glass reasons and their
 * review, and the reasons for duplicate and merge decisions: checked after the save, never blocking
 * it, with the findings on the page the save leads to. Uses new synthetic children so that the demo
 * records stay as they are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ActAs.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleLanguageIntegrationTests {

  @LocalServerPort int port;
  @Autowired ActAs actAs;
  @Autowired Children children;
  @Autowired Teams teams;
  @Autowired Directory directory;
  @Autowired Duplicates duplicates;
  @Autowired JdbcClient jdbc;

  Browser keyWorker;
  Browser outsider;
  Browser dpo;
  Browser lee;
  Browser osei;

  @BeforeAll
  void signIn() {
    keyWorker = Demo.signIn(port, "kw.jones");
    outsider = Demo.signIn(port, "school.green");
    dpo = Demo.signIn(port, "dpo.fraser");
    lee = Demo.signIn(port, "screening.lee");
    osei = Demo.signIn(port, "screening.osei");
  }

  @AfterEach
  void nobody() {
    actAs.nobody();
  }

  @Test
  void disabilityDetailsAreCheckedAfterSavingTheChildRecord() {
    ChildRecord child = keyWorkersChild("Morwenna", "Disability", LocalDate.of(2012, 2, 3));
    Page form = keyWorker.get("/children/" + child.id() + "/edit");
    Element details = form.document().selectFirst("textarea#disabilityDetails");
    assertThat(details.attr("data-language-check")).isEqualTo("disabilityDetails-language");
    assertThat(details.attr("data-language-child-age")).isNotBlank();

    Page saved =
        keyWorker.submitAsShown(
            form,
            "main form[method=post]",
            Map.of(
                "disability", "YES",
                "disabilityDetails", "Autism. Staff say she is attention seeking."));

    assertThat(saved.location()).isEqualTo("/children/" + child.id());
    Element banner = keyWorker.get(saved.location()).document().selectFirst("#language-findings");
    assertThat(banner.text()).contains("\u201cattention seeking\u201d");
    assertThat(banner.select("a[href=/children/" + child.id() + "/edit#disabilityDetails]"))
        .isNotEmpty();
  }

  @Test
  void breakGlassReasonsAndTheirReviewAreChecked() {
    ChildRecord child = keyWorkersChild("Tegan", "Emergency", LocalDate.of(2011, 6, 9));
    Page form = outsider.get("/children/" + child.id() + "/break-glass");
    assertThat(form.document().select("textarea#reason[data-language-check]")).hasSize(1);

    Page granted =
        outsider.submit(
            form,
            Map.of(
                "reason",
                "Police called: she keeps going missing and is thought to be at the flat now."));

    assertThat(granted.location()).isEqualTo("/children/" + child.id());
    Element banner = outsider.get(granted.location()).document().selectFirst("#language-findings");
    assertThat(banner.text())
        .contains("\u201ckeeps going missing\u201d")
        .contains("can no longer be changed");

    UUID grant =
        jdbc.sql("SELECT id FROM break_glass WHERE child_id = ?")
            .param(child.id().value())
            .query(UUID.class)
            .single();
    Page review = dpo.get("/break-glass/reviews/" + grant);
    assertThat(review.document().select("textarea#note[data-language-check]")).hasSize(1);
    Page reviewed =
        dpo.submit(
            review,
            Map.of("outcome", "JUSTIFIED", "note", "Justified, although she is streetwise."));
    assertThat(reviewed.location()).isEqualTo("/break-glass/reviews");
    Element reviewBanner =
        dpo.get("/break-glass/reviews").document().selectFirst("#language-findings");
    assertThat(reviewBanner.text()).contains("\u201cstreetwise\u201d");
    assertThat(reviewBanner.select("a[href=/break-glass/reviews/" + grant + "#note]")).hasSize(1);
  }

  @Test
  void duplicateAndMergeReasonsAreChecked() {
    LocalDate born = LocalDate.of(2012, 9, 21);
    ChildRecord full = keyWorkersChild("Philippa", "Twiceley", born);
    actAs.user("kw.jones");
    ChildRecord partial =
        children.create(
            TestChildren.living(
                "Phi", "Twicely", born, Sex.FEMALE, null, "NB4 7QX", "Riverside Academy"));
    teams.assign(partial.id(), user("nurse.singh"), TeamRole.HEALTH_PRACTITIONER);
    actAs.user("screening.lee");
    duplicates.scan();
    DuplicatePair pair =
        duplicates.queue(500).stream()
            .filter(
                p ->
                    List.of(p.first().id(), p.second().id())
                        .containsAll(List.of(full.id(), partial.id())))
            .findFirst()
            .orElseThrow();
    actAs.nobody();

    Page decision = lee.get("/duplicates/" + pair.id());
    assertThat(decision.document().select("textarea#reasons[data-language-check]")).hasSize(1);
    Page proposed =
        lee.submit(
            decision,
            Map.of(
                "decision",
                pair.first().id().equals(full.id()) ? "KEEP_FIRST" : "KEEP_SECOND",
                "reasons",
                "Same child: same birthday and school. Her boyfriend is 25."));
    assertThat(proposed.location()).startsWith("/merges/");
    Element banner = lee.get(proposed.location()).document().selectFirst("#language-findings");
    assertThat(banner.text()).contains("\u201cboyfriend\u201d");

    Page merge = osei.get(proposed.location());
    Page approved =
        osei.submit(
            merge,
            "main form[action$=/decision]",
            Map.of("decision", "APPROVE", "reasons", "Agreed. She is known to be promiscuous."));
    assertThat(approved.location()).isEqualTo(proposed.location());
    assertThat(osei.get(approved.location()).document().selectFirst("#language-findings").text())
        .contains("\u201cpromiscuous\u201d");
  }

  private ChildRecord keyWorkersChild(String first, String last, LocalDate born) {
    actAs.user("kw.jones");
    ChildRecord child = children.create(TestChildren.recordedInFull(first, last, born));
    teams.assign(child.id(), user("kw.jones"), TeamRole.KEY_WORKER);
    actAs.nobody();
    return child;
  }

  private uk.harbour.shared.UserId user(String username) {
    return directory.findUserByUsername(username).orElseThrow().id();
  }
}
