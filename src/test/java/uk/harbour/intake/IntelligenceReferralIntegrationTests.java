package uk.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.harbour.intelligence.IntelligenceReferred;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;
import uk.harbour.testing.TestIntelligence;

/**
 * Intelligence the police unit triages as a safeguarding referral becomes a concern awaiting
 * screening, over real HTTP with the demo world's users: the screening officer finds it in the
 * queue with the unit's sanitised text (never the source's words) and the handling conditions, it
 * is linked to the one child named (so the key worker is told), and a second delivery of the same
 * decision makes nothing more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ActAs.class)
class IntelligenceReferralIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Screening screening;
  @Autowired ActAs actAs;

  @AfterEach
  void nobody() {
    actAs.nobody();
  }

  @Test
  void aSafeguardingReferralFromTheUnitIsAConcernInTheScreeningQueueWithOnlyTheSanitisedText() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String original = "Original words of the source " + tag + ", who saw it from flat 3";
    String sanitised = "Sanitised words for screening " + tag;
    String conditions = "Not to be shared with the school " + tag;
    UUID child = childOf("kw.jones");
    long noticesBefore = concernNotices("kw.jones");

    UUID submission = submit("kw.jones", child, original);
    triage(
        Demo.signIn(port, "intel.patel"),
        submission,
        Map.of(
            "outcome", "SAFEGUARDING_REFERRAL",
            "reasons", "A child may be at risk: screening should decide",
            "sanitisedText", sanitised,
            "handling", "C",
            "handlingConditions", conditions));

    UUID concern = concernFrom(submission).get(0);
    Browser lee = Demo.signIn(port, "screening.lee");
    Page queue = lee.get("/screening");
    assertThat(queue.status()).isEqualTo(200);
    var link = queue.document().selectFirst("a[href=/screening/" + concern + "]");
    assertThat(link).as("the referred concern is in the screening queue").isNotNull();
    assertThat(link.closest("tr").text()).contains("Police intelligence unit");

    Page screeningPage = lee.get("/screening/" + concern);
    assertThat(screeningPage.status()).isEqualTo(200);
    assertThat(screeningPage.body())
        .contains(sanitised)
        .contains(conditions)
        .contains(reference(submission))
        .doesNotContain(original);
    assertThat(screeningPage.document().select(".govuk-warning-text").text()).contains(conditions);

    Page concernPage = Demo.signIn(port, "kw.jones").get("/concerns/" + concern);
    assertThat(concernPage.status()).isEqualTo(200);
    assertThat(concernPage.body())
        .contains(sanitised)
        .contains(conditions)
        .doesNotContain(original);
    assertThat(
            jdbc.sql("SELECT child_id FROM concern WHERE id = ?")
                .param(concern)
                .query(UUID.class)
                .single())
        .isEqualTo(child);
    assertThat(concernNotices("kw.jones")).isEqualTo(noticesBefore + 1);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE record_type = 'concern'"
                        + " AND record_id = ? AND action = 'CREATE' AND username = 'intel.patel'"
                        + " AND detail LIKE 'referred by police intelligence %'")
                .param(concern.toString())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE record_type = 'concern'"
                        + " AND record_id = ? AND action = 'CHANGE' AND username = 'intel.patel'"
                        + " AND detail LIKE 'linked to child named by police intelligence HBR-%'")
                .param(concern.toString())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(screeningPage.body())
        .as("the practitioner's questions a referral never answered are not shown")
        .doesNotContain("How you know");

    // Decided like any concern, so the screening officers' access to the child ends with the test.
    actAs.user("screening.lee");
    assertThat(screening.decide(concern, ScreeningOutcome.ADVICE_GIVEN, "Advice given " + tag))
        .isNull();
  }

  @Test
  void aSecondDeliveryOfTheSameDecisionMakesNoSecondConcern() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    UUID submission = submit("youth.mensah", null, "Adult offering lifts at the station " + tag);
    triage(
        Demo.signIn(port, "intel.patel"),
        submission,
        Map.of(
            "outcome", "SAFEGUARDING_REFERRAL",
            "reasons", "Screening should decide",
            "sanitisedText", "Adult offering lifts " + tag));
    assertThat(concernFrom(submission)).hasSize(1);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM concern WHERE intelligence_submission_id = ?"
                        + " AND child_id IS NULL")
                .param(submission)
                .query(Long.class)
                .single())
        .as("no child named: left for the screening officer to link")
        .isEqualTo(1);
    long concernsBefore = jdbc.sql("SELECT count(*) FROM concern").query(Long.class).single();

    new TransactionTemplate(transactions)
        .executeWithoutResult(
            s ->
                events.publishEvent(
                    new IntelligenceReferred(
                        submission,
                        reference(submission),
                        "Adult offering lifts " + tag,
                        null,
                        List.<ChildId>of(),
                        UUID.randomUUID(),
                        "Delivered twice")));

    assertThat(concernFrom(submission)).hasSize(1);
    assertThat(jdbc.sql("SELECT count(*) FROM concern").query(Long.class).single())
        .isEqualTo(concernsBefore);
    actAs.user("screening.lee");
    assertThat(
            screening.decide(
                concernFrom(submission).get(0), ScreeningOutcome.NO_FURTHER_ACTION, "None " + tag))
        .isNull();
  }

  // --- helpers ---

  private UUID submit(String username, UUID child, String words) {
    return TestIntelligence.submit(port, username, child, Map.of("whatKnown", words));
  }

  private static void triage(Browser officer, UUID submission, Map<String, String> choices) {
    TestIntelligence.triage(officer, submission, choices);
  }

  private UUID childOf(String keyWorker) {
    return TestIntelligence.childOf(jdbc, keyWorker, null);
  }

  private List<UUID> concernFrom(UUID submission) {
    return jdbc.sql(
            "SELECT id FROM concern WHERE intelligence_submission_id = ? AND status = 'SUBMITTED'")
        .param(submission)
        .query(UUID.class)
        .list();
  }

  private String reference(UUID submission) {
    return jdbc.sql("SELECT reference FROM intel_submission WHERE id = ?")
        .param(submission)
        .query(String.class)
        .single();
  }

  private long concernNotices(String username) {
    return jdbc.sql(
            "SELECT count(*) FROM notification n JOIN app_user u ON u.id = n.recipient_id"
                + " WHERE u.username = ? AND n.kind = 'CONCERN'")
        .param(username)
        .query(Long.class)
        .single();
  }
}
