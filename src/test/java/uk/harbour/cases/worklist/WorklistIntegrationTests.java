package uk.harbour.cases.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.assessment.CaseFixture;
import uk.harbour.cases.plan.ActionStatus;
import uk.harbour.cases.plan.Attendee;
import uk.harbour.cases.plan.Participation;
import uk.harbour.cases.plan.PlanAction;
import uk.harbour.cases.plan.PlanSection;
import uk.harbour.cases.plan.Plans;
import uk.harbour.cases.plan.Review;
import uk.harbour.shared.DisplayDates;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/** The key worker's work list at /cases/due, worked out in SQL within the access policy. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixture.class})
class WorklistIntegrationTests {

  @LocalServerPort int port;
  @Autowired CaseFixture fixture;
  @Autowired ActAs actAs;
  @Autowired Plans plans;
  @Autowired JdbcClient jdbc;
  @Autowired DisplayDates dates;

  @AfterEach
  void signOut() {
    actAs.nobody();
  }

  @Test
  void anAssessmentPastItsDueDateWithoutSignOffIsListedAsOverdue() {
    CaseId id = fixture.newCase("Orla");
    jdbc.sql("UPDATE cases SET opened_at = '2020-01-06T09:00:00Z' WHERE id = ?")
        .param(id.value())
        .update();
    var keyWorker = Demo.signIn(port, "kw.jones");
    Page due = keyWorker.get("/cases/due");
    // 45 working days after Monday 6 January 2020 is Monday 9 March 2020.
    assertThat(due.document().select("#assessments ~ table").first().text())
        .contains("Orla Fixture")
        .contains("9 March 2020")
        .contains("Overdue");
    // No review held yet: the first is due 28 days after the case opened.
    assertThat(WorkListPages.rowsOf(due, "reviews"))
        .anyMatch(row -> row.contains("Orla Fixture") && row.contains("3 February 2020"));
    assertThat(keyWorker.get("/cases/" + id + "/assessment").body())
        .contains("was due on 9 March 2020 and has not been signed off yet");
  }

  @Test
  void theKeyWorkerSeesOverdueActionsAndReviewsForTheirYoungPeopleAndOthersDoNot() {
    CaseId id = fixture.newCase("Nico");
    LocalDate longAgo = LocalDate.of(2020, 1, 6);
    actAs.user("kw.jones");
    plans.addAction(
        id,
        action(PlanSection.DISRUPTION, "Check the licence of the takeaway on Mill Lane", longAgo),
        UUID.randomUUID());
    PlanAction done =
        action(
            PlanSection.EDUCATION_HEALTH, "A finished action that should not be listed", longAgo);
    plans.addAction(
        id,
        new PlanAction(
            null,
            done.section(),
            done.what(),
            done.ownerName(),
            done.ownerAgency(),
            longAgo,
            ActionStatus.DONE,
            null,
            0),
        UUID.randomUUID());
    plans.addReview(
        id,
        new Review(
            longAgo,
            List.of(new Attendee("Rhys Jones", "Northbridge Children's Social Care", "Key worker")),
            null,
            Participation.ATTENDED,
            null,
            Participation.ATTENDED,
            null,
            "Carry on",
            null,
            null),
        UUID.randomUUID());
    actAs.nobody();

    Page due = Demo.signIn(port, "kw.jones").get("/cases/due");
    assertThat(due.status()).isEqualTo(200);
    assertThat(due.document().select("#actions ~ table").first().text())
        .contains("Nico Fixture")
        .contains("Check the licence of the takeaway on Mill Lane")
        .contains("Overdue")
        .doesNotContain("A finished action");
    assertThat(WorkListPages.rowsOf(due, "reviews"))
        .anyMatch(row -> row.contains("Nico Fixture") && row.contains("3 February 2020"));
    assertThat(due.document().select("#young-people ~ table").text()).contains("Nico Fixture");
    UUID child = childOf(id);
    assertThat(
            jdbc.sql(
                    "SELECT detail FROM audit_event WHERE record_type = 'child' AND record_id = ?"
                        + " AND action = 'VIEW' AND detail LIKE 'work list:%'")
                .param(child.toString())
                .query(String.class)
                .list())
        .as("each child the work list shows is audited, with what it showed")
        .anyMatch(d -> d.contains("plan actions due") && d.contains("plan review due"));

    Page outsider = Demo.signIn(port, "school.green").get("/cases/due");
    assertThat(outsider.status()).isEqualTo(200);
    assertThat(outsider.body()).doesNotContain("Nico Fixture");
  }

  @Test
  void steppedDownCasesStayListedAndFollowUpsAfterClosureAndReReferralsShow() {
    CaseId steppedDown = fixture.newCase("Pia");
    CaseId closed = fixture.newCase("Quin");
    jdbc.sql("UPDATE cases SET status = 'STEPPED_DOWN', re_referral_after = now() WHERE id = ?")
        .param(steppedDown.value())
        .update();
    actAs.user("kw.jones");
    plans.addAction(
        steppedDown,
        action(PlanSection.FAMILY_SUPPORT, "Call Pia's mum about the new school", LocalDate.now()),
        UUID.randomUUID());
    actAs.nobody();
    LocalDate followUp = LocalDate.now(DisplayDates.ZONE).plusDays(3);
    jdbc.sql("UPDATE cases SET status = 'CLOSED', closed_at = now(), follow_up_on = ? WHERE id = ?")
        .params(java.sql.Date.valueOf(followUp), closed.value())
        .update();

    Page due = Demo.signIn(port, "kw.jones").get("/cases/due");
    List<String> people = due.document().select("#young-people ~ table tbody tr").eachText();
    assertThat(people)
        .anyMatch(row -> row.contains("Pia Fixture") && row.contains("Stepped down"))
        .noneMatch(row -> row.contains("Quin Fixture"));
    assertThat(people)
        .filteredOn(row -> row.contains("Pia Fixture"))
        .allMatch(row -> row.contains("Re-referral"));
    assertThat(WorkListPages.rowsOf(due, "actions"))
        .anyMatch(row -> row.contains("Call Pia's mum"));
    assertThat(WorkListPages.rowsOf(due, "followUps"))
        .anyMatch(row -> row.contains("Quin Fixture") && row.contains(dates.date(followUp)));
  }

  @Test
  void myYoungPeopleArePagedAndTheCountIsShown() {
    for (int i = 0; i < 51; i++) {
      fixture.newCase("Paged" + i);
    }
    long mine =
        jdbc.sql(
                "SELECT count(*) FROM cases c WHERE c.status <> 'CLOSED' AND c.child_id IN"
                    + " (SELECT t.child_id FROM team_member t JOIN app_user u ON u.id = t.user_id"
                    + " WHERE u.username = 'kw.jones')")
            .query(Long.class)
            .single();
    var keyWorker = Demo.signIn(port, "kw.jones");
    Page first = keyWorker.get("/cases/due");
    assertThat(first.document().select("#young-people ~ table tbody tr")).hasSize(50);
    assertThat(first.document().select("#young-people-showing").text())
        .contains(String.format("Showing 1 to 50 of %,d", mine));
    assertThat(first.document().select(".govuk-pagination a[rel=next]").attr("href"))
        .isEqualTo("/cases/due?page=2");
    int lastPage = (int) ((mine + 49) / 50);
    Page last = keyWorker.get("/cases/due?page=" + lastPage);
    assertThat(last.document().select("#young-people ~ table tbody tr"))
        .hasSize((int) (mine - 50L * (lastPage - 1)));
  }

  private UUID childOf(CaseId id) {
    return jdbc.sql("SELECT child_id FROM cases WHERE id = ?")
        .param(id.value())
        .query(UUID.class)
        .single();
  }

  private static PlanAction action(PlanSection section, String what, LocalDate due) {
    return new PlanAction(
        null,
        section,
        what,
        "PC Ali",
        "Northbridge Police Child Exploitation Team",
        due,
        ActionStatus.IN_PROGRESS,
        null,
        0);
  }
}
