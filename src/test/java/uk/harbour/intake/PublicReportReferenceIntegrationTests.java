package uk.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;
import uk.harbour.testing.PublicReporter;

/**
 * A member of the public is given a reference that reveals nothing about the service (issue 9, item
 * 9); staff keep the internal sequence and find a report by either.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "harbour.trusted-proxies=127.0.0.1, 0:0:0:0:0:0:0:1")
@ActiveProfiles("test")
class PublicReportReferenceIntegrationTests {

  static final String FIND_FORM = "main form[action$=/screening/find]";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void twoReportsGetUnrelatedReferencesAndThePageShowsNothingSequential() {
    Page first = report("A boy was given a bag to carry by a man in a black car.");
    Page second = report("Two girls were picked up outside the chip shop by an older man.");
    String one = referenceOn(first);
    String two = referenceOn(second);

    String shape =
        "[34679ACDEFGHJKMNPRTVWXY]{4}-[34679ACDEFGHJKMNPRTVWXY]{4}-[34679ACDEFGHJKMNPRTVWXY]{3}";
    assertThat(one).matches(shape);
    assertThat(two).matches(shape).isNotEqualTo(one);
    int samePlace = 0;
    for (int i = 0; i < one.length(); i++) {
      if (one.charAt(i) == two.charAt(i) && one.charAt(i) != '-') {
        samePlace++;
      }
    }
    assertThat(samePlace).as("characters shared in place by %s and %s", one, two).isLessThan(6);

    for (Page page : new Page[] {first, second}) {
      String text = page.document().select("main").text();
      String internal = internalReference(referenceOn(page));
      assertThat(text).doesNotContain("CON-").doesNotContain(internal);
      // No sequence number of any length or form: the only figures are the reference and the
      // emergency and helpline numbers.
      assertThat(text.replace(referenceOn(page), "").replace("0800 555 111", "").replace("999", ""))
          .doesNotContainPattern("\\d");
    }
  }

  @Test
  void aScreeningOfficerFindsAReportByTheReferenceItsReporterReadsOut() {
    String reference = referenceOn(report("A girl was seen getting into a taxi with two men."));
    String internal = internalReference(reference);
    String id = idOf(internal);
    Browser officer = Demo.signIn(port, "screening.osei");

    Page queue = officer.get("/screening");
    assertThat(queue.document().select("main table tbody tr:contains(" + internal + ")").text())
        .contains(reference);

    String spoken = reference.toLowerCase(java.util.Locale.ROOT).replace("-", " ");
    Page found = officer.submit(queue, FIND_FORM, Map.of("reference", spoken));
    assertThat(found.location()).isEqualTo("/screening/" + id);
    Page concern = officer.get(found.location());
    assertThat(concern.document().select("main").text()).contains(internal).contains(reference);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE username = 'screening.osei'"
                        + " AND action = 'SEARCH' AND record_type = 'concern' AND record_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    Page byInternal = officer.submit(queue, FIND_FORM, Map.of("reference", internal));
    assertThat(byInternal.location()).isEqualTo("/screening/" + id);
  }

  @Test
  void aMisheardReferenceFindsNothingAndSaysSo() {
    String reference = referenceOn(report("A man was filming children at the skate park."));
    char last = reference.charAt(reference.length() - 1);
    String misheard = reference.substring(0, reference.length() - 1) + (last == 'A' ? 'C' : 'A');
    Browser officer = Demo.signIn(port, "screening.osei");
    Page result =
        officer.submit(officer.get("/screening"), FIND_FORM, Map.of("reference", misheard));
    assertThat(result.status()).isEqualTo(200);
    assertThat(result.errorSummary()).contains("No concern has the reference");
  }

  private Page report(String whatHappened) {
    return new PublicReporter(port)
        .reportAndFollow(Map.of("whatHappened", whatHappened, "dangerNow", "NO"));
  }

  private static String referenceOn(Page sent) {
    return sent.document().select(".govuk-panel__body strong").text();
  }

  private String internalReference(String publicReference) {
    return jdbc.sql("SELECT reference FROM concern WHERE public_reference = ?")
        .param(publicReference)
        .query(String.class)
        .optional()
        .orElse("(no concern with public reference " + publicReference + ")");
  }

  private String idOf(String internal) {
    return jdbc.sql("SELECT id FROM concern WHERE reference = ?")
        .param(internal)
        .query(UUID.class)
        .single()
        .toString();
  }
}
