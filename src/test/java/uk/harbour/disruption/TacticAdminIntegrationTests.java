package uk.harbour.disruption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/** Administrators keep the tactic catalogue: add, change, retire; never delete; versioned. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, DisruptionFixture.class})
class TacticAdminIntegrationTests {

  static final String FORM = "main form[method=post]";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired DisruptionFixture fixture;

  @Test
  void theCatalogueIsSeededFromTheToolkitWithFiguresOnlyWhereTheyAreKnown() {
    Page list = Demo.signIn(port, "admin.hughes").get("/admin/disruption-tactics");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body())
        .contains("Child abduction warning notice")
        .contains("Sexual risk order")
        .contains("Slavery and trafficking risk order")
        .contains("Drug dealing telecommunications restriction order")
        .contains("Anti-social Behaviour, Crime and Policing Act 2014 section 116");
    assertThat(list.document().select("tr:has(td:containsOwn(Sexual risk order)) td:eq(2)").text())
        .as("who applies, beside the legal basis")
        .contains("A chief officer of police");
    assertThat(
            jdbc.sql(
                    "SELECT max_term_amount || ' ' || max_term_unit FROM disruption_tactic"
                        + " WHERE code = 'HOTEL_GUEST_INFORMATION_NOTICE'")
                .query(String.class)
                .single())
        .isEqualTo("6 MONTHS");
    assertThat(
            jdbc.sql(
                    "SELECT notes FROM disruption_tactic WHERE code = 'SEXUAL_RISK_ORDER'"
                        + " AND min_term_amount IS NULL")
                .query(String.class)
                .single())
        .contains("check against the statute");
  }

  @Test
  void anAdministratorAddsChangesAndRetiresATacticAndEveryVersionIsKept() {
    Browser admin = Demo.signIn(port, "admin.hughes");
    String name = "Test tactic " + UUID.randomUUID().toString().substring(0, 6);
    Map<String, String> fields = new HashMap<>();
    fields.put("name", name);
    fields.put("description", "A made-up tactic for a test");
    fields.put("legalBasis", "None");
    fields.put("whoApplies", "Police");
    fields.put("whoDecides", "Police");
    fields.put("targetKinds", "VEHICLE");
    fields.put("maxTermAmount", "3");
    fields.put("maxTermUnit", "MONTHS");
    Page missing =
        admin.submit(admin.get("/admin/disruption-tactics/new"), FORM, Map.of("name", name));
    assertThat(missing.fieldError("targetKinds")).contains("Select what the tactic can be used");
    assertThat(admin.submit(admin.get("/admin/disruption-tactics/new"), FORM, fields).location())
        .isEqualTo("/admin/disruption-tactics");
    UUID id =
        jdbc.sql("SELECT id FROM disruption_tactic WHERE name = ?")
            .param(name)
            .query(UUID.class)
            .single();

    Page edit = admin.get("/admin/disruption-tactics/" + id);
    Page stale = admin.get("/admin/disruption-tactics/" + id);
    assertThat(admin.submitAsShown(edit, FORM, Map.of("notes", "Used once in a pilot")).location())
        .isEqualTo("/admin/disruption-tactics");
    assertThat(admin.submitAsShown(stale, FORM, Map.of("notes", "Other")).body())
        .contains("This tactic changed since you opened it");

    Page list = admin.get("/admin/disruption-tactics");
    Page retired =
        admin.submit(
            list, "main form[action=/admin/disruption-tactics/" + id + "/retire]", Map.of());
    assertThat(retired.location()).isEqualTo("/admin/disruption-tactics");
    assertThat(
            jdbc.sql("SELECT version FROM disruption_tactic_version WHERE tactic_id = ? ORDER BY 1")
                .param(id)
                .query(Integer.class)
                .list())
        .containsExactly(1, 2, 3);
    assertThat(
            jdbc.sql(
                    "SELECT detail FROM audit_event WHERE record_type = 'disruption tactic'"
                        + " AND record_id = ? ORDER BY seq")
                .param(id.toString())
                .query(String.class)
                .list())
        .hasSize(3)
        .last()
        .asString()
        .endsWith("version 3")
        .startsWith("tactic retired: ");

    var vehicle = fixture.entity("VEHICLE", "Black car " + UUID.randomUUID());
    Page offered = Demo.signIn(port, "intel.patel").get("/disruption/new/" + vehicle);
    assertThat(offered.body()).doesNotContain(name).contains("Taxi and private hire licensing");
  }

  @Test
  void onlyAdministratorsKeepTheCatalogueAndTheySeeNoActivities() {
    assertThat(Demo.signIn(port, "kw.jones").get("/admin/disruption-tactics").status())
        .isEqualTo(403);
    assertThat(Demo.signIn(port, "intel.patel").get("/admin/disruption-tactics").status())
        .isEqualTo(403);
    assertThat(Demo.signIn(port, "admin.hughes").get("/disruption").status()).isEqualTo(403);
  }
}
