package uk.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.people.ChildDetails;
import uk.harbour.people.Sex;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.TestChildren;

/**
 * Screening decisions and links at the service level, against the real database. Every test that
 * links a child decides the concern before it ends, so no screening access outlives it.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(ActAs.class)
class ScreeningIntegrationTests {

  @Autowired Concerns concerns;
  @Autowired Screening screening;
  @Autowired ChildLinks links;
  @Autowired AccessPolicy policy;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;
  @Autowired uk.harbour.people.Children children;
  @Autowired uk.harbour.accesscontrol.Teams teams;
  @Autowired uk.harbour.accesscontrol.Directory directory;
  @Autowired uk.harbour.cases.Cases cases;
  @Autowired ConcernLanguage concernLanguage;
  @Autowired uk.harbour.intelligence.DutyQueue dutyQueue;
  @Autowired ConcernRepository repository;
  @Autowired ConcernListRepository lists;
  @Autowired ScreeningOfficer screeningOfficer;
  @Autowired uk.harbour.accesscontrol.ScreeningAccess screeningAccess;
  @Autowired org.springframework.context.ApplicationEventPublisher events;
  @Autowired java.time.Clock clock;
  @Autowired ScreeningCandidates candidates;
  @Autowired ConcernPages pages;
  @Autowired Durations durations;
  @Autowired ReporterNotice reporterNotice;
  @Autowired AutoLink autoLink;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

  @AfterEach
  void nobody() {
    actAs.nobody();
  }

  @Test
  void everyKindOfDecisionIsRecordedAndAudited() {
    for (ScreeningOutcome outcome : ScreeningOutcome.values()) {
      UUID id = submitted();
      actAs.user("screening.lee");
      if (outcome.needsChild()) {
        assertThat(links.linkNew(id, newChild())).isEqualTo(ChildLinks.Result.LINKED);
      }
      assertThat(screening.decide(id, outcome, "Reasons for " + outcome)).isNull();
      Concern decided = screening.open(id);
      assertThat(decided.decision().outcome()).isEqualTo(outcome);
      assertThat(decided.decision().reasons()).isEqualTo("Reasons for " + outcome);
      assertThat(decided.timeToDecision().isNegative()).isFalse();
      assertThat(
              jdbc.sql(
                      "SELECT count(*) FROM audit_event WHERE record_type = 'concern'"
                          + " AND record_id = ? AND action = 'CHANGE' AND outcome = 'SUCCEEDED'"
                          + " AND username = 'screening.lee' AND detail LIKE ?")
                  .params(id.toString(), "screening decision: " + outcome + ",%")
                  .query(Long.class)
                  .single())
          .as("audit event for %s", outcome)
          .isEqualTo(1);
    }
  }

  @Test
  void aReferralNeedsALinkedChildAndNothingIsRecordedWithoutOne() {
    UUID id = submitted();
    actAs.user("screening.lee");
    assertThat(screening.decide(id, ScreeningOutcome.REFERRAL_TO_CSE_SERVICE, "Needs the service"))
        .isEqualTo(Screening.Refusal.NEEDS_CHILD);
    assertThat(screening.open(id).awaitingDecision()).isTrue();
    assertThat(screening.decide(id, ScreeningOutcome.EARLY_HELP, "Family support first")).isNull();
    assertThat(screening.decide(id, ScreeningOutcome.NO_FURTHER_ACTION, "Twice"))
        .isEqualTo(Screening.Refusal.ALREADY_DECIDED);
  }

  @Test
  void onlyScreeningOfficersScreen() {
    UUID id = submitted();
    actAs.user("kw.jones");
    assertThatThrownBy(() -> screening.queue()).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> screening.open(id)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> screening.decide(id, ScreeningOutcome.NO_FURTHER_ACTION, "No"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> links.linkExisting(id, "HBR-001001"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theQueueHoldsOnlyConcernsAwaitingADecisionOldestFirst() {
    UUID first = submitted();
    UUID second = submitted();
    actAs.user("nurse.singh");
    UUID draft = concerns.startDraft(ConcernFixtures.aConcern().details());
    actAs.user("screening.lee");
    screening.decide(second, ScreeningOutcome.ADVICE_GIVEN, "Advice on safety planning");
    var queue = screening.queue().stream().map(Concern::id).toList();
    assertThat(queue).contains(first).doesNotContain(second, draft);
    assertThat(screening.recentlyDecided()).extracting(Concern::id).contains(second);
  }

  @Test
  void aNewChildIsVisibleToTheOfficerOnlyUntilTheDecision() {
    UUID id = submitted();
    actAs.user("screening.lee");
    links.linkNew(id, newChild());
    ChildId child = screening.open(id).childId();
    assertThat(policy.maySeeChild(child)).isTrue();
    screening.decide(id, ScreeningOutcome.NO_FURTHER_ACTION, "Already safe with family");
    assertThat(policy.maySeeChild(child)).isFalse();
    assertThat(screening.open(id).childReference()).startsWith("HBR-");
  }

  @Test
  void aChildWithNoKeyWorkerAndNoCaseNotifiesNobody() {
    UUID id = submitted();
    actAs.user("screening.lee");
    long before = jdbc.sql("SELECT count(*) FROM notification").query(Long.class).single();
    links.linkNew(id, newChild());
    assertThat(jdbc.sql("SELECT count(*) FROM notification").query(Long.class).single())
        .isEqualTo(before);
    screening.decide(id, ScreeningOutcome.NO_FURTHER_ACTION, "Ends the screening access");
  }

  @Test
  void aChildWithAnOpenCaseButNoKeyWorkerNotifiesTheManagersAroundTheChild() {
    actAs.user("kw.jones");
    var child = children.create(newChild());
    actAs.nobody();
    teams.assign(
        child.id(),
        directory.findUserByUsername("sw.taylor").orElseThrow().id(),
        uk.harbour.accesscontrol.TeamRole.SOCIAL_WORKER);
    cases.openOrAdd(child.id(), "CON-TEST-NO-KW");
    UUID id = submitted();
    actAs.user("screening.lee");

    assertThat(links.linkExisting(id, child.reference())).isEqualTo(ChildLinks.Result.LINKED);

    String reference = screening.open(id).reference();
    assertThat(
            jdbc.sql(
                    "SELECT u.username FROM notification n JOIN app_user u ON u.id = n.recipient_id"
                        + " WHERE n.subject_id = ? AND n.kind = 'CONCERN' AND n.message LIKE ?")
                .params(id, "%" + reference + "%no key worker%")
                .query(String.class)
                .list())
        .containsExactly("manager.okafor");
    screening.decide(id, ScreeningOutcome.NO_FURTHER_ACTION, "Ends the screening access");
  }

  @Test
  void aQueueCutShortSaysHowManyWaitInAll() {
    submitted();
    submitted();
    Screening shortQueue =
        new Screening(
            repository,
            lists,
            screeningOfficer,
            screeningAccess,
            events,
            clock,
            new ScreeningProperties(java.time.Duration.ofHours(24), 1),
            reporterNotice,
            autoLink);
    ScreeningController controller =
        new ScreeningController(
            shortQueue,
            links,
            candidates,
            pages,
            new ScreeningProperties(java.time.Duration.ofHours(24), 1),
            durations,
            clock,
            concernLanguage,
            dutyQueue);
    actAs.user("screening.lee");
    org.springframework.ui.ExtendedModelMap model = new org.springframework.ui.ExtendedModelMap();

    // Built by hand, so not proxied: the queue's audit needs the transaction Spring would start.
    String view =
        new org.springframework.transaction.support.TransactionTemplate(transactions)
            .execute(status -> controller.queue(model));
    assertThat(view).isEqualTo("intake/screening-queue");

    assertThat((java.util.List<?>) model.get("waiting")).hasSize(1);
    long waiting =
        jdbc.sql("SELECT count(*) FROM concern WHERE status = 'SUBMITTED'")
            .query(Long.class)
            .single();
    assertThat(model.get("waitingTotal")).isEqualTo((int) waiting);
    assertThat(waiting).isGreaterThanOrEqualTo(2);
  }

  private UUID submitted() {
    actAs.user("nurse.singh");
    UUID id = concerns.startDraft(ConcernFixtures.aConcern().details());
    concerns.submit(id, 1);
    return id;
  }

  private static ChildDetails newChild() {
    return TestChildren.named("Test", "Screened", LocalDate.of(2012, 3, 4), Sex.FEMALE);
  }
}
