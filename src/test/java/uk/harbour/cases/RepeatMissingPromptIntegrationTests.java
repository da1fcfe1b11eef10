package uk.harbour.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import uk.harbour.missing.RepeatMissingReached;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.DisplayDates;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * The case's side of repeat missing: when the missing module says a child reached the threshold,
 * the open case asks for a strategy discussion once for the run, shown on the case page and the key
 * worker's work list until someone records it was held, or why not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixtures.class})
class RepeatMissingPromptIntegrationTests {

  static final Instant FIRST = Instant.parse("2026-09-01T19:00:00Z");

  @LocalServerPort int port;
  @Autowired CaseFixtures fixtures;
  @Autowired Cases cases;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;

  @AfterEach
  void nobody() {
    actAs.nobody();
  }

  private void reached(ChildId child, UUID episode, Instant first, Instant last) {
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            t ->
                events.publishEvent(
                    new RepeatMissingReached(child, episode, 3, 3, 90, first, last)));
  }

  private long prompts(CaseId id) {
    return jdbc.sql("SELECT count(*) FROM repeat_missing_prompt WHERE case_id = ?")
        .param(id.value())
        .query(Long.class)
        .single();
  }

  @Test
  void theCaseAsksOnceForTheRunAndTheKeyWorkerRecordsTheDiscussion() {
    actAs.user("kw.jones");
    ChildId child = fixtures.aChildWithKeyWorker("Repeta", "kw.jones");
    CaseId id = cases.openOrAdd(child, "CON-REPEAT-1");
    actAs.nobody();

    UUID third = UUID.randomUUID();
    Instant last = FIRST.plus(Duration.ofDays(60));
    reached(child, third, FIRST, last);
    reached(child, third, FIRST, last);
    reached(child, UUID.randomUUID(), FIRST.plus(Duration.ofDays(10)), last);
    assertThat(prompts(id)).as("once for the run, however often it is said").isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM chronology_entry WHERE case_id = ? AND kind ="
                        + " 'MISSING_EPISODE' AND summary LIKE 'Missing 3 times in 90 days%'")
                .param(id.value())
                .query(Long.class)
                .single())
        .isEqualTo(1);

    Browser keyWorker = Demo.signIn(port, "kw.jones");
    Page home = keyWorker.get("/cases/" + id);
    assertThat(home.document().select("#repeat-missing .govuk-warning-text").text())
        .contains("missing 3 times in 90 days");
    String form = home.document().select("#repeat-missing a").attr("href");
    assertThat(form).startsWith("/cases/" + id + "/repeat-missing/");
    assertThat(keyWorker.get("/cases/due").document().select("a[href=" + form + "]")).hasSize(1);

    Page page = keyWorker.get(form);
    Page refused = keyWorker.submit(page, Map.of("outcome", "STRATEGY_DISCUSSION"));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.errorSummary())
        .contains("Enter the date it was held or agreed")
        .contains("Enter what was decided");

    LocalDate held = LocalDate.now(DisplayDates.ZONE).minusDays(1);
    Page saved =
        keyWorker.submit(
            page,
            Map.of(
                "outcome", "STRATEGY_DISCUSSION",
                "heldDay", String.valueOf(held.getDayOfMonth()),
                "heldMonth", String.valueOf(held.getMonthValue()),
                "heldYear", String.valueOf(held.getYear()),
                "note",
                    "Police to check the address on Canal Street; trigger plan shared with carers"));
    assertThat(saved.isRedirect()).as(saved.body()).isTrue();
    home = keyWorker.get("/cases/" + id);
    assertThat(home.document().select("#repeat-missing .govuk-warning-text")).isEmpty();
    assertThat(home.document().select("#repeat-missing").text())
        .contains("Strategy discussion held on " + new DisplayDates().date(held))
        .contains("Police to check the address on Canal Street");
    assertThat(keyWorker.get("/cases/due").document().select("a[href=" + form + "]")).isEmpty();

    Page again = keyWorker.submit(page, Map.of("outcome", "NOT_HELD", "note", "Too late"));
    assertThat(again.status()).as("recorded already: the record changed").isEqualTo(409);

    Instant later = FIRST.plus(Duration.ofDays(300));
    reached(child, UUID.randomUUID(), later, later.plus(Duration.ofDays(20)));
    assertThat(prompts(id)).as("a new run after a quiet spell asks again").isEqualTo(2);
  }

  @Test
  void someoneOutsideTheTeamCannotSeeOrRecordIt() {
    actAs.user("kw.jones");
    ChildId child = fixtures.aChildWithKeyWorker("Hidda", "kw.jones");
    CaseId id = cases.openOrAdd(child, "CON-REPEAT-2");
    actAs.nobody();
    reached(child, UUID.randomUUID(), FIRST, FIRST.plus(Duration.ofDays(30)));
    UUID prompt =
        jdbc.sql("SELECT id FROM repeat_missing_prompt WHERE case_id = ?")
            .param(id.value())
            .query(UUID.class)
            .single();
    Browser outsider = Demo.signIn(port, "kw.ahmed");
    String path = "/cases/" + id + "/repeat-missing/" + prompt;
    assertThat(outsider.get(path).status()).isEqualTo(404);
    assertThat(
            outsider
                .post(
                    path, Map.of("_csrf", outsider.csrfToken(), "outcome", "NOT_HELD", "note", "x"))
                .status())
        .isEqualTo(404);
    assertThat(
            jdbc.sql("SELECT count(*) FROM repeat_missing_prompt WHERE id = ? AND outcome IS NULL")
                .param(prompt)
                .query(Long.class)
                .single())
        .as("still waiting")
        .isEqualTo(1);
  }

  @Test
  void aChildWithNoActiveCaseGetsNoPrompt() {
    actAs.user("kw.jones");
    ChildId child = fixtures.aChildWithKeyWorker("Nocasia", "kw.jones");
    actAs.nobody();
    reached(child, UUID.randomUUID(), FIRST, FIRST.plus(Duration.ofDays(30)));
    assertThat(
            jdbc.sql("SELECT count(*) FROM repeat_missing_prompt WHERE child_id = ?")
                .param(child.value())
                .query(Long.class)
                .single())
        .isZero();
  }
}
