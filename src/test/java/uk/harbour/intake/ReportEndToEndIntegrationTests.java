package uk.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Page;
import uk.harbour.testing.PublicReporter;

/** The public and business report over real HTTP, without signing in. */
// Loopback is a trusted proxy here, so each PublicReporter's X-Forwarded-For gives it an address
// of its own (by default Harbour believes the header from no one: HARBOUR_TRUSTED_PROXIES).
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "harbour.trusted-proxies=127.0.0.1, 0:0:0:0:0:0:0:1")
@ActiveProfiles("test")
class ReportEndToEndIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ReportProperties properties;
  @Autowired ReportRateLimit rateLimit;

  @Test
  void theSignInPageLinksToTheReportAndItNeedsNoSignIn() {
    Page login = new Browser(port).get("/login");
    assertThat(login.document().select("main a[href=/report]")).isNotEmpty();
    Page report = new Browser(port).get("/report");
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.document().select("main .govuk-warning-text").text())
        .contains("If a child is in immediate danger, call 999");
    assertThat(report.document().select("[hidden] input#website")).hasSize(1);
  }

  @Test
  void anAnonymousReportIsStoredForScreeningWithItsReference() {
    PublicReporter reporter = new PublicReporter(port);
    Map<String, String> fields = report("A girl of about 13 was taken into room 12 by two men.");
    fields.put("childName", "Kez");
    fields.put("vehicles[0].registration", "NB7?");
    fields.put("contactPhone", "07700 900982");
    Page sent = reporter.report(fields);
    assertThat(sent.location()).isEqualTo("/report/sent");
    Page confirmation = reporter.get(sent.location());
    String publicReference = confirmation.document().select(".govuk-panel__body strong").text();
    assertThat(PublicReference.normalise(publicReference)).contains(publicReference);
    String reference =
        jdbc.sql("SELECT reference FROM concern WHERE public_reference = ?")
            .param(publicReference)
            .query(String.class)
            .single();
    assertThat(confirmation.document().select("main").text()).contains("What happens next");

    Map<String, Object> row =
        jdbc.sql(
                "SELECT source, status, reporter_id, other_names, name_unknown, contact_phone,"
                    + " what_happened FROM concern WHERE reference = ?")
            .param(reference)
            .query()
            .singleRow();
    assertThat(row.get("source")).isEqualTo("PUBLIC");
    assertThat(row.get("status")).isEqualTo("SUBMITTED");
    assertThat(row.get("reporter_id")).isNull();
    assertThat(row.get("other_names")).isEqualTo("Kez");
    assertThat(row.get("name_unknown")).isEqualTo(false);
    assertThat(row.get("contact_phone")).isEqualTo("07700 900982");
    assertThat(row.get("what_happened"))
        .isEqualTo("A girl of about 13 was taken into room 12 by two men.");
    assertThat(
            jdbc.sql(
                    "SELECT registration FROM concern_vehicle v JOIN concern c ON c.id = v.concern_id"
                        + " WHERE c.reference = ?")
                .param(reference)
                .query(String.class)
                .single())
        .isEqualTo("NB7?");
    // The audit records the report but keeps no address or session that could identify the
    // reporter.
    Map<String, Object> audit =
        jdbc.sql(
                "SELECT username, ip_address, session_ref FROM audit_event WHERE action = 'CREATE'"
                    + " AND record_type = 'concern' AND detail = ?")
            .param("public report " + reference)
            .query()
            .singleRow();
    assertThat(audit.get("username")).isEqualTo("anonymous");
    assertThat(audit.get("ip_address")).isNull();
    assertThat(audit.get("session_ref")).isNull();
    // The confirmation cannot be reopened later or by someone else.
    assertThat(reporter.get("/report/sent").location()).isEqualTo("/report");
  }

  @Test
  void aReportNamingADemoChildByANicknameShowsThatChildToScreening() {
    Map<String, Object> child =
        jdbc.sql(
                "SELECT id, reference, date_of_birth FROM child WHERE first_name = 'Daniel'"
                    + " AND last_name = 'Wright' AND merged_into IS NULL")
            .query()
            .singleRow();
    int age =
        java.time.Period.between(
                ((java.sql.Date) child.get("date_of_birth")).toLocalDate(),
                java.time.LocalDate.now(uk.harbour.shared.DisplayDates.ZONE))
            .getYears();
    Map<String, String> fields =
        report("Danny was seen being handed cash by a man at the bus station.");
    fields.put("childName", "Danny Wright");
    fields.put("childAge", String.valueOf(age));
    fields.put("childSex", "MALE");
    Page sent = new PublicReporter(port).reportAndFollow(fields);
    String reference = sent.document().select(".govuk-panel__body strong").text();
    String id =
        jdbc.sql("SELECT id FROM concern WHERE public_reference = ?")
            .param(reference)
            .query(String.class)
            .single();

    Page screening = uk.harbour.testing.Demo.signIn(port, "screening.osei").get("/screening/" + id);

    var cards = screening.document().select(".govuk-summary-card");
    assertThat(cards).isNotEmpty();
    assertThat(cards.first().selectFirst(".govuk-summary-card__title").text())
        .contains((String) child.get("reference"));
    assertThat(cards.first().select("li").text())
        .contains("First name: a nickname, short form or other name of the same name")
        .contains("Family name: the same");
  }

  @Test
  void aFilledHoneypotIsDroppedButLooksAccepted() {
    long before = publicReports();
    Map<String, String> fields = report("Buy cheap watches now");
    fields.put("website", "http://spam.example");
    Page sent = new PublicReporter(port).reportAndFollow(fields);
    assertThat(sent.status()).isEqualTo(200);
    assertThat(sent.document().select("h1").text()).contains("We have your report");
    // A reference like any other, drawn the same way, so nothing tells the robot it was dropped.
    String reference = sent.document().select(".govuk-panel__body strong").text();
    assertThat(PublicReference.normalise(reference)).contains(reference);
    assertThat(publicReports()).isEqualTo(before);
  }

  @Test
  void oneAddressMaySendOnlySoManyReportsInAWindow() throws Exception {
    PublicReporter busy = new PublicReporter(port);
    for (int i = 0; i < properties.maxPerAddress(); i++) {
      assertThat(busy.report(report("Report number " + i)).location()).isEqualTo("/report/sent");
    }
    long before = publicReports();
    Page refused = busy.report(report("One report too many"));
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.errorSummary()).contains("try again later").contains("999");
    assertThat(refused.document().getElementById("whatHappened").text())
        .isEqualTo("One report too many");
    assertThat(publicReports()).isEqualTo(before);
    // Someone else, at another address, is not affected.
    assertThat(new PublicReporter(port).report(report("Another address")).location())
        .isEqualTo("/report/sent");
    // The address itself is never stored, only a salted hash of it.
    assertThat(submissionsCountedFor(rateLimit.hash(busy.address())))
        .isEqualTo(properties.maxPerAddress() + 1);
    assertThat(submissionsCountedFor(busy.address())).isZero();
    assertThat(submissionsCountedFor(sha256(busy.address()))).isZero();
  }

  @Test
  void overLongAndMissingAnswersGetErrorsAndNothingIsStored() {
    long before = publicReports();
    Map<String, String> fields = new HashMap<>();
    fields.put("childDescription", "x".repeat(5_001));
    fields.put("vehicles[1].registration", "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    fields.put("contactEmail", "not an email");
    Page page = new PublicReporter(port).report(fields);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.errorSummary())
        .contains("Tell us what you saw or heard")
        .contains("Select whether you think a child is in danger right now")
        .contains("What they looked like must be 5,000 characters or fewer")
        .contains("Vehicle 2: registration number must be 20 characters or fewer")
        .contains("Enter an email address in the correct format");
    assertThat(page.document().getElementById("childDescription").text()).hasSize(5_001);
    assertThat(publicReports()).isEqualTo(before);
  }

  @Test
  void theConfirmationIsTheSameWhetherOrNotTheChildIsKnownToHarbour() {
    Map<String, String> known = report("Saw her get into a car outside the chip shop");
    known.put(
        "childName",
        jdbc.sql("SELECT first_name || ' ' || last_name FROM child ORDER BY reference LIMIT 1")
            .query(String.class)
            .single());
    Map<String, String> unknown = report("Saw her get into a car outside the chip shop");
    unknown.put("childName", "Nobody Knownhere");
    String first = withoutReference(new PublicReporter(port).reportAndFollow(known));
    String second = withoutReference(new PublicReporter(port).reportAndFollow(unknown));
    assertThat(first).isEqualTo(second);
  }

  @Test
  void aReportSaysToCall999WhenAChildIsInDangerNow() {
    Map<String, String> fields = report("Two men are pushing a boy into a van right now");
    fields.put("dangerNow", "YES");
    Page sent = new PublicReporter(port).reportAndFollow(fields);
    assertThat(sent.document().select("main .govuk-warning-text").text()).contains("call 999 now");
  }

  private static Map<String, String> report(String whatHappened) {
    Map<String, String> fields = new HashMap<>();
    fields.put("whatHappened", whatHappened);
    fields.put("dangerNow", "NOT_SURE");
    return fields;
  }

  private static String withoutReference(Page page) {
    String reference = page.document().select(".govuk-panel__body strong").text();
    assertThat(PublicReference.normalise(reference)).contains(reference);
    return page.document().select("main").text().replace(reference, "REFERENCE");
  }

  private long submissionsCountedFor(String key) {
    return jdbc.sql(
            "SELECT coalesce(sum(submissions), 0) FROM report_rate_limit WHERE key_hash = ?")
        .param(key)
        .query(Long.class)
        .single();
  }

  private static String sha256(String s) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private long publicReports() {
    return jdbc.sql("SELECT count(*) FROM concern WHERE source = 'PUBLIC'")
        .query(Long.class)
        .single();
  }
}
