package uk.harbour.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.disruption.DisruptionFixture;
import uk.harbour.disruption.DisruptionId;
import uk.harbour.shared.DisplayDates;
import uk.harbour.testing.ActAs;

/** The demo's live order: a served sexual risk order against one adult, expiring in 10 days. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, DisruptionFixture.class})
class DemoDisruptionIntegrationTests {

  @Autowired DemoDisruption demo;
  @Autowired DisruptionFixture fixture;
  @Autowired Directory directory;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired ActAs actAs;

  @Test
  void theOrderIsServedLinkedToBothChildrenLedByTheOfficerAndExpiresInTenDays() {
    var first = fixture.child("kw.jones", "Elin");
    var second = fixture.child("kw.ahmed", "Fay");
    var adult = fixture.entity("PERSON", "Demo adult", first.child(), second.child());
    var evans = directory.findUserByUsername("police.evans").orElseThrow();
    var signedIn = actAs.user("kw.jones");

    DisruptionId id = demo.seed(adult, List.of(first.child(), second.child()), evans.id(), clock);

    LocalDate today = LocalDate.now(clock.withZone(DisplayDates.ZONE));
    var row =
        jdbc.sql(
                """
                SELECT t.code, a.outcome, a.lead_officer, a.lead_agency, a.served_on,
                       a.expires_on, a.victims_views_considered, a.created_by_name
                  FROM disruption_activity a JOIN disruption_tactic t ON t.id = a.tactic_id
                 WHERE a.id = ?
                """)
            .param(id.value())
            .query()
            .singleRow();
    assertThat(row.get("code")).isEqualTo("SEXUAL_RISK_ORDER");
    assertThat(row.get("outcome")).isEqualTo("SERVED");
    assertThat(row.get("lead_officer")).isEqualTo(evans.id().value());
    assertThat(row.get("lead_agency")).isEqualTo(evans.agencyName());
    assertThat(row.get("expires_on").toString()).isEqualTo(today.plusDays(10).toString());
    assertThat(row.get("served_on").toString())
        .isEqualTo(today.plusDays(10).minusYears(2).toString());
    assertThat(row.get("victims_views_considered")).isEqualTo(true);
    assertThat(row.get("created_by_name")).isEqualTo(evans.displayName());
    assertThat(
            jdbc.sql("SELECT child_id FROM disruption_activity_child WHERE activity_id = ?")
                .param(id.value())
                .query(UUID.class)
                .list())
        .containsExactlyInAnyOrder(first.child().value(), second.child().value());
    // whoever was signed in before seeding is signed in again after
    assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal())
        .isEqualTo(signedIn);
    actAs.nobody();
  }
}
