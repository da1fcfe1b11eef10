package uk.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.people.Sex;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.TestChildren;

/**
 * The practitioner who raised a concern is told in Harbour what screening decided, and only what
 * they need to know: the concern's reference and the outcome, never the reasons or who the child is
 * (issue 9, item 15). A member of the public has no account, so nothing is sent for them.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(ActAs.class)
class ReporterToldOfDecisionIntegrationTests {

  static final String REASONS =
      "Mother confirmed the older cousin collects him; no indication of exploitation.";

  @Autowired Concerns concerns;
  @Autowired Screening screening;
  @Autowired ChildLinks links;
  @Autowired Children children;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void nobody() {
    actAs.nobody();
  }

  @Test
  void theReporterIsToldTheOutcomeWithoutTheReasons() {
    UUID id = raisedBy("youth.mensah", ConcernFixtures.aConcern().about("Tobias", "Toldof"));
    decide(id, ScreeningOutcome.NO_FURTHER_ACTION, REASONS);

    List<Map<String, Object>> sent = noticesAbout(id);
    assertThat(sent).hasSize(1);
    Map<String, Object> notice = sent.get(0);
    assertThat(notice.get("username")).isEqualTo("youth.mensah");
    String message = (String) notice.get("message");
    assertThat(message)
        .contains(reference(id))
        .contains("no further action")
        .doesNotContain("Mother")
        .doesNotContain("Tobias")
        .doesNotContain("Toldof");
    assertThat(notice.get("link")).isEqualTo("/concerns/" + id);
    assertThat(notice.get("child_id")).isNull();
  }

  @Test
  void aReferralSaysWhereTheConcernWentButNotWhoTheChildIs() {
    actAs.user("screening.lee");
    ChildRecord child =
        children.create(
            TestChildren.named("Imogen", "Referred", LocalDate.of(2011, 2, 3), Sex.FEMALE));
    actAs.nobody();
    UUID id = raisedBy("school.brown", ConcernFixtures.aConcern().about("Imogen", "Referred"));
    actAs.user("screening.lee");
    links.linkExisting(id, child.reference());
    decide(id, ScreeningOutcome.REFERRAL_TO_CSE_SERVICE, REASONS);

    String message = (String) noticesAbout(id).get(0).get("message");
    assertThat(message)
        .contains(reference(id))
        .contains("referred to the child exploitation service")
        .doesNotContain(child.reference())
        .doesNotContain("Imogen")
        .doesNotContain("Mother");
  }

  @Test
  void nobodyIsToldAboutAPublicReport() {
    String publicReference =
        concerns.submitPublic(ConcernFixtures.aConcern().about("Pia", "Public").details());
    UUID id =
        jdbc.sql("SELECT id FROM concern WHERE public_reference = ? OR reference = ?")
            .params(publicReference, publicReference)
            .query(UUID.class)
            .single();
    decide(id, ScreeningOutcome.ADVICE_GIVEN, REASONS);
    assertThat(noticesAbout(id)).isEmpty();
  }

  private UUID raisedBy(String username, ConcernFixtures fixture) {
    actAs.user(username);
    UUID id = concerns.startDraft(fixture.details());
    concerns.submit(id, 1);
    actAs.nobody();
    return id;
  }

  private void decide(UUID id, ScreeningOutcome outcome, String reasons) {
    actAs.user("screening.lee");
    assertThat(screening.decide(id, outcome, reasons)).isNull();
    actAs.nobody();
  }

  private List<Map<String, Object>> noticesAbout(UUID concern) {
    return jdbc.sql(
            "SELECT u.username, n.message, n.link, n.child_id FROM notification n"
                + " JOIN app_user u ON u.id = n.recipient_id"
                + " WHERE n.subject_id = ? AND n.kind = 'CONCERN_DECIDED'")
        .param(concern)
        .query()
        .listOfRows();
  }

  private String reference(UUID concern) {
    return jdbc.sql("SELECT reference FROM concern WHERE id = ?")
        .param(concern)
        .query(String.class)
        .single();
  }
}
