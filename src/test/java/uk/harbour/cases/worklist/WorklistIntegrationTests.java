package uk.harbour.cases.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
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
import uk.harbour.cases.plan.Participation;
import uk.harbour.cases.plan.PlanAction;
import uk.harbour.cases.plan.PlanSection;
import uk.harbour.cases.plan.Plans;
import uk.harbour.cases.plan.Review;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/** The key worker's work list at /cases/due. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixture.class})
class WorklistIntegrationTests {

  @LocalServerPort int port;
  @Autowired CaseFixture fixture;
  @Autowired ActAs actAs;
  @Autowired Plans plans;
  @Autowired JdbcClient jdbc;

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
    assertThat(keyWorker.get("/cases/" + id + "/assessment").body())
        .contains("was due on 9 March 2020 and has not been signed off yet");
  }

  @Test
  void theKeyWorkerSeesOverdueActionsAndReviewsForTheirYoungPeopleAndOthersDoNot() {
    CaseId id = fixture.newCase("Nico");
    LocalDate longAgo = LocalDate.of(2020, 1, 6);
    actAs.user("kw.jones");
    try {
      plans.addAction(
          id,
          new PlanAction(
              null,
              PlanSection.DISRUPTION,
              "Check the licence of the takeaway on Mill Lane",
              "PC Ali",
              "Northbridge Police Child Exploitation Team",
              longAgo,
              ActionStatus.IN_PROGRESS,
              null,
              0),
          UUID.randomUUID());
      plans.addAction(
          id,
          new PlanAction(
              null,
              PlanSection.EDUCATION_HEALTH,
              "A finished action that should not be listed",
              "Ms Green",
              "Riverside Academy",
              longAgo,
              ActionStatus.DONE,
              null,
              0),
          UUID.randomUUID());
      plans.addReview(
          id,
          new Review(
              longAgo,
              java.util.List.of(
                  new uk.harbour.cases.plan.Attendee(
                      "Rhys Jones", "Northbridge Children's Social Care", "Key worker")),
              null,
              Participation.ATTENDED,
              null,
              Participation.ATTENDED,
              null,
              "Carry on",
              null,
              null),
          UUID.randomUUID());
    } finally {
      actAs.nobody();
    }

    Page due = Demo.signIn(port, "kw.jones").get("/cases/due");
    assertThat(due.status()).isEqualTo(200);
    assertThat(due.document().select("#actions ~ table").first().text())
        .contains("Nico Fixture")
        .contains("Check the licence of the takeaway on Mill Lane")
        .contains("Overdue")
        .doesNotContain("A finished action");
    assertThat(due.document().select("#reviews ~ table").first().text())
        .contains("Nico Fixture")
        .contains("3 February 2020");
    assertThat(due.document().select("#young-people ~ table").text()).contains("Nico Fixture");

    Page outsider = Demo.signIn(port, "school.green").get("/cases/due");
    assertThat(outsider.status()).isEqualTo(200);
    assertThat(outsider.body()).doesNotContain("Nico Fixture");
  }
}
