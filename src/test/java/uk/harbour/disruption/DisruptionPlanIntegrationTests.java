package uk.harbour.disruption;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import uk.harbour.accesscontrol.NewUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.cases.assessment.Downloads;
import uk.harbour.demo.DemoDisruption;
import uk.harbour.intelligence.EntityId;
import uk.harbour.shared.UserId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * "A disruption order against one adult shows in the plans of both linked children and never in
 * either young person's plan; its expiry reminder reaches the lead officer": the demo's live order
 * (DemoDisruption) against one adult linked to two children with different key workers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, DisruptionFixture.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisruptionPlanIntegrationTests {

  @LocalServerPort int port;
  @Autowired DisruptionFixture fixture;
  @Autowired DemoDisruption demo;
  @Autowired Directory directory;
  @Autowired ExpiryReminders reminders;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  DisruptionFixture.Young ash;
  DisruptionFixture.Young bea;
  String label;
  DisruptionId order;
  UserId evans;

  @BeforeAll
  void anOrderAgainstOneAdultLinkedToTwoChildren() {
    ash = fixture.child("kw.jones", "Ashlyn");
    bea = fixture.child("kw.ahmed", "Beatrix");
    label = "Deano " + UUID.randomUUID().toString().substring(0, 6);
    EntityId adult = fixture.entity("PERSON", label, ash.child(), bea.child());
    evans = directory.findUserByUsername("police.evans").orElseThrow().id();
    order = demo.seed(adult, List.of(ash.child(), bea.child()), evans, clock);
  }

  @Test
  void theOrderShowsInBothChildrensPlansAndNeverInEitherYoungPersonsPlan() throws IOException {
    for (var each : Map.of("kw.jones", ash, "kw.ahmed", bea).entrySet()) {
      Browser keyWorker = Demo.signIn(port, each.getKey());
      String base = "/cases/" + each.getValue().kase() + "/plan";

      Page plan = keyWorker.get(base);
      assertThat(plan.status()).isEqualTo(200);
      assertThat(
              plan.document()
                  .select("#disruption-activities ~ table a[href=/disruption/" + order + "]")
                  .text())
          .isEqualTo("Sexual risk order");
      assertThat(plan.body())
          .contains(label)
          .contains("In force")
          .contains("Disruption activities");

      Page ownVersion = keyWorker.get(base + "/young-person");
      assertThat(ownVersion.status()).isEqualTo(200);
      assertThat(ownVersion.body())
          .doesNotContain(label)
          .doesNotContain("Sexual risk order")
          .doesNotContain("/disruption/");

      HttpResponse<byte[]> pdf = Downloads.get(port, keyWorker, base + "/young-person.pdf");
      assertThat(pdf.statusCode()).isEqualTo(200);
      try (PDDocument document = Loader.loadPDF(pdf.body())) {
        String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        assertThat(text).contains(each.getValue().name());
        assertThat(text).doesNotContain(label).doesNotContain("Sexual risk order");
      }
    }
  }

  @Test
  void eachKeyWorkerSeesTheirOwnChildAndOnlyThatAnotherChildIsLinked() {
    Page jones = Demo.signIn(port, "kw.jones").get("/disruption/" + order);
    assertThat(jones.status()).isEqualTo(200);
    assertThat(jones.body()).contains(ash.name()).doesNotContain(bea.name());
    assertThat(jones.document().select("li:containsOwn(A child you cannot see)")).hasSize(1);
    assertThat(jones.body()).contains("contact the lead officer, Tom Evans");
    assertThat(jones.document().select("a[href$=/edit]")).isEmpty();

    Page ahmed = Demo.signIn(port, "kw.ahmed").get("/disruption/" + order);
    assertThat(ahmed.body()).contains(bea.name()).doesNotContain(ash.name());

    Page lead = Demo.signIn(port, "police.evans").get("/disruption/" + order);
    assertThat(lead.status()).isEqualTo(200);
    assertThat(lead.body()).doesNotContain(ash.name()).doesNotContain(bea.name());
    assertThat(lead.document().select("li:containsOwn(A child you cannot see)")).hasSize(2);
    assertThat(lead.document().select("a[href=/disruption/" + order + "/edit]")).hasSize(1);

    assertThat(Demo.signIn(port, "manager.okafor").get("/disruption/" + order).status())
        .isEqualTo(200);
    assertThat(Demo.signIn(port, "analyst.novak").get("/disruption/" + order).status())
        .isEqualTo(200);
    assertThat(Demo.signIn(port, "intel.patel").get("/disruption/" + order).status())
        .isEqualTo(200);
    assertThat(Demo.signIn(port, "school.green").get("/disruption/" + order).status())
        .isEqualTo(404);
    assertThat(Demo.signIn(port, "screening.lee").get("/disruption/" + order).status())
        .isEqualTo(404);
    assertThat(Demo.signIn(port, "admin.hughes").get("/disruption/" + order).status())
        .isEqualTo(403);
    assertThat(Demo.signIn(port, "kw.jones").get("/disruption/" + order + "/edit").status())
        .isEqualTo(403);

    assertThat(audited("VIEW", "SUCCEEDED")).isGreaterThanOrEqualTo(6);
    assertThat(audited("ACCESS_DENIED", "DENIED")).isGreaterThanOrEqualTo(3);
  }

  @Test
  void theExpiryReminderReachesTheLeadOfficerOncePerLeadTime() {
    Instant now = clock.instant();
    Clock today = Clock.fixed(now, ZoneOffset.UTC);
    reminders.sendDue(today);
    reminders.sendDue(today);
    assertThat(notifications()).hasSize(1);
    assertThat(notifications().get(0))
        .contains("Sexual risk order against " + label)
        .contains("(10 days from today)");

    Clock sixDaysLeft = Clock.fixed(now.plus(Duration.ofDays(4)), ZoneOffset.UTC);
    reminders.sendDue(sixDaysLeft);
    reminders.sendDue(sixDaysLeft);
    assertThat(notifications()).hasSize(2);
    assertThat(
            jdbc.sql(
                    "SELECT days_before FROM disruption_reminder_sent WHERE activity_id = ?"
                        + " ORDER BY days_before")
                .param(order.value())
                .query(Integer.class)
                .list())
        .containsExactly(7, 28);
    assertThat(
            jdbc.sql(
                    "SELECT detail FROM audit_event WHERE record_id = ? AND action = 'REVIEW'"
                        + " ORDER BY seq")
                .param(order.toString())
                .query(String.class)
                .list())
        .hasSize(2)
        .allMatch(d -> d.startsWith("expiry reminder sent to " + evans));

    reminders.sendDue(Clock.fixed(now.plus(Duration.ofDays(30)), ZoneOffset.UTC));
    assertThat(notifications()).hasSize(2);

    Page inbox = Demo.signIn(port, "police.evans").get("/notifications");
    assertThat(inbox.document().select("a[href=/disruption/" + order + "]")).isNotEmpty();
  }

  @Test
  void aNewLeadOfficerIsRemindedAfreshAndADeactivatedLeadsManagerInstead() {
    UserSummary manager = directory.findUserByUsername("manager.clarke").orElseThrow();
    UserId first = officer(manager);
    UserId second = officer(manager);
    EntityId adult =
        fixture.entity(
            "PERSON", "Lead change " + UUID.randomUUID().toString().substring(0, 6), ash.child());
    DisruptionId another = demo.seed(adult, List.of(ash.child()), first, clock);
    Clock today = Clock.fixed(clock.instant(), ZoneOffset.UTC);

    reminders.sendDue(today);
    assertThat(expiring(first, another)).hasSize(1);

    jdbc.sql("UPDATE disruption_activity SET lead_officer = ? WHERE id = ?")
        .params(second.value(), another.value())
        .update();
    reminders.sendDue(today);
    reminders.sendDue(today);
    assertThat(expiring(second, another))
        .as("the new lead is told of the lead time the previous lead was told of")
        .hasSize(1);
    assertThat(expiring(first, another)).hasSize(1);

    long managerBefore = expiring(manager.id(), another).size();
    jdbc.sql("UPDATE app_user SET active = false WHERE id = ?").param(second.value()).update();
    reminders.sendDue(Clock.fixed(clock.instant().plus(Duration.ofDays(4)), ZoneOffset.UTC));
    assertThat(expiring(second, another)).as("nothing more to a deactivated lead").hasSize(1);
    assertThat(expiring(manager.id(), another))
        .hasSize((int) managerBefore + 1)
        .last()
        .asString()
        .contains("no longer has an active account")
        .contains("name a new lead officer");
  }

  private UserId officer(UserSummary manager) {
    String name = "lead-" + UUID.randomUUID().toString().substring(0, 8);
    return directory.createUser(
        new NewUser(
            name,
            "Officer " + name,
            null,
            "Detective constable",
            manager.agencyId(),
            manager.id(),
            java.util.Set.of(Role.PRACTITIONER),
            "a-long-synthetic-password-" + name,
            null));
  }

  private List<String> expiring(UserId recipient, DisruptionId activity) {
    return jdbc.sql(
            "SELECT message FROM notification WHERE recipient_id = ? AND subject_id = ?"
                + " AND kind = 'DISRUPTION_EXPIRING' ORDER BY created_at")
        .params(recipient.value(), activity.value())
        .query(String.class)
        .list();
  }

  @Test
  void aDisruptionActionOfThePlanNamesTheActivityAndTheYoungPersonsVersionStillDoesNot() {
    Browser keyWorker = Demo.signIn(port, "kw.jones");
    String base = "/cases/" + ash.kase() + "/plan";
    Page form = keyWorker.get(base + "/actions/new?section=DISRUPTION");
    assertThat(form.document().select("select#disruptionActivity option[value=" + order + "]"))
        .hasSize(1);
    Map<String, String> fields = new java.util.HashMap<>();
    fields.put("what", "Check the order's conditions with the school each week");
    fields.put("ownerName", "PC Evans");
    fields.put(
        "ownerAgency", form.document().select("select#ownerAgency option").get(1).attr("value"));
    fields.put("dueDate.day", "1");
    fields.put("dueDate.month", "1");
    fields.put("dueDate.year", "2030");
    fields.put("status", "IN_PROGRESS");

    fields.put("disruptionActivity", UUID.randomUUID().toString());
    assertThat(
            keyWorker
                .submitAsShown(form, "main form[method=post]", fields)
                .fieldError("disruptionActivity"))
        .contains("Choose a disruption activity from the list");
    fields.put("disruptionActivity", order.toString());
    fields.put("section", "FAMILY_SUPPORT");
    assertThat(
            keyWorker
                .submitAsShown(form, "main form[method=post]", fields)
                .fieldError("disruptionActivity"))
        .contains("Only an action in the disruption section");
    fields.put("section", "DISRUPTION");
    assertThat(keyWorker.submitAsShown(form, "main form[method=post]", fields).location())
        .isEqualTo(base);

    Page plan = keyWorker.get(base);
    assertThat(
            plan.document()
                .select("#DISRUPTION ~ table p a[href=/disruption/" + order + "]")
                .text())
        .isEqualTo("Part of: Sexual risk order");
    assertThat(keyWorker.get(base + "/young-person").body())
        .doesNotContain("Sexual risk order")
        .doesNotContain("Check the order's conditions");
  }

  private List<String> notifications() {
    return jdbc.sql(
            "SELECT message FROM notification WHERE recipient_id = ? AND subject_id = ?"
                + " AND kind = 'DISRUPTION_EXPIRING' ORDER BY created_at")
        .params(evans.value(), order.value())
        .query(String.class)
        .list();
  }

  private int audited(String action, String outcome) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_event WHERE record_type = 'disruption activity'"
                + " AND record_id = ? AND action = ? AND outcome = ?")
        .params(order.toString(), action, outcome)
        .query(Integer.class)
        .single();
  }
}
