package uk.harbour.cases.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
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
import uk.harbour.cases.CaseFixtures;
import uk.harbour.cases.Cases;
import uk.harbour.cases.assessment.Downloads;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/**
 * The chronology PDF as a court or review reads it (issue 9, item 14): oldest first unless the user
 * chooses, dates that do not wrap, the protective marking and "page x of y" on every page, a filter
 * that leaves out Harbour's own record-keeping and says so, and corrections shown honestly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixtures.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChronologyPdfIntegrationTests {

  @LocalServerPort int port;
  @Autowired CaseFixtures fixtures;
  @Autowired Cases cases;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;

  Browser kw;

  @BeforeAll
  void signIn() {
    kw = Demo.signIn(port, "kw.jones");
  }

  @Test
  void thePdfIsOldestFirstUnlessTheUserChoosesNewestFirstAndSaysWhichOrder() throws IOException {
    String caseId = newCase("Kit");
    insert(caseId, "MANUAL", "2025-01-05", "The first thing that happened", null);
    insert(caseId, "MANUAL", "2025-03-09", "The second thing that happened", null);
    insert(caseId, "MANUAL", "2025-06-21", "The third thing that happened", null);
    String base = "/cases/" + caseId + "/chronology";

    Page page = kw.get(base);
    assertThat(page.document().select("#pdf-form input[name=order][checked]").val())
        .isEqualTo("OLDEST_FIRST");

    String oldest = text(pdf(base + ".pdf"));
    assertThat(oldest.indexOf("The first thing")).isPositive();
    assertThat(oldest.indexOf("The first thing")).isLessThan(oldest.indexOf("The second thing"));
    assertThat(oldest.indexOf("The second thing")).isLessThan(oldest.indexOf("The third thing"));
    assertThat(flat(oldest)).contains("oldest first");

    String newest = text(pdf(base + ".pdf?order=NEWEST_FIRST"));
    assertThat(newest.indexOf("The third thing")).isLessThan(newest.indexOf("The second thing"));
    assertThat(newest.indexOf("The second thing")).isLessThan(newest.indexOf("The first thing"));
    assertThat(flat(newest)).contains("newest first");

    Page print = kw.get(base + "/print");
    String printed = print.document().select("#chronology").text();
    assertThat(printed.indexOf("The first thing")).isLessThan(printed.indexOf("The third thing"));
  }

  @Test
  void everyPageCarriesTheProtectiveMarkingAndPageXOfYAndNoDateWraps() throws IOException {
    String caseId = newCase("Lark");
    for (int i = 0; i < 60; i++) {
      insert(
          caseId,
          "MANUAL",
          "2025-09-" + String.format("%02d", 1 + i % 28),
          "Entry "
              + i
              + ": met at the youth centre and talked about school, friends, the adults who"
              + " keep contacting her online and what would help her feel safe at weekends.",
          null);
    }
    insertAutomatic(caseId, "CONCERN", "2025-09-28T09:15:00Z", "Concern CON-LARK added");
    byte[] pdf = pdf("/cases/" + caseId + "/chronology.pdf");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThan(2);
      for (int p = 1; p <= pages; p++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        String text = flat(stripper.getText(document));
        assertThat(text).as("page %d", p).contains("OFFICIAL-SENSITIVE");
        assertThat(text).as("page %d", p).contains("Page " + p + " of " + pages);
      }
      String all = new PDFTextStripper().getText(document);
      for (int day = 1; day <= 28; day++) {
        assertThat(all).as("the date column does not wrap").contains(day + " September 2025");
      }
    }
  }

  @Test
  void aFilterLeavesOutHarboursOwnRecordKeepingAndThePdfSaysWhichFiltersWereApplied()
      throws IOException {
    String caseId = newCase("Moss");
    insert(caseId, "MANUAL", "2025-02-01", "Written by the team: she told us about the car", null);
    insertAutomatic(
        caseId, "ALLOCATION", "2025-02-02T10:00:00Z", "Sam Doe allocated as key worker");
    insertAutomatic(caseId, "PLAN", "2025-02-03T10:00:00Z", "Plan action added: Sam to visit");
    insertAutomatic(caseId, "VOICE", "2025-02-04T10:00:00Z", "The young person's words recorded");
    insertAutomatic(caseId, "ASSESSMENT", "2025-02-05T10:00:00Z", "Assessment started");
    insertAutomatic(
        caseId, "MISSING_EPISODE", "2025-02-06T10:00:00Z", "Missing overnight, found in town");
    UUID planWithView =
        insertAutomatic(caseId, "PLAN", "2025-02-07T10:00:00Z", "Plan finalised with her");
    jdbc.sql("UPDATE chronology_entry SET young_person_view = 'I helped write it' WHERE id = ?")
        .param(planWithView)
        .update();
    String base = "/cases/" + caseId + "/chronology";

    String everything = flat(text(pdf(base + ".pdf")));
    assertThat(everything)
        .contains("Sam Doe allocated")
        .contains("Assessment started")
        .contains("No filters were applied");

    String filtered = flat(text(pdf(base + ".pdf?leaveOutRecordKeeping=true")));
    assertThat(filtered)
        .contains("she told us about the car")
        .contains("Missing overnight")
        .contains("Plan finalised with her")
        .contains("I helped write it")
        .contains("Case opened")
        .doesNotContain("Sam Doe allocated")
        .doesNotContain("Plan action added")
        .doesNotContain("words recorded")
        .doesNotContain("Assessment started")
        .contains("Harbour's own record-keeping is left out");

    Page page = kw.get(base + "?leaveOutRecordKeeping=true&significance=SIGNIFICANT");
    assertThat(page.document().select("input[name=leaveOutRecordKeeping][checked]")).hasSize(1);
    assertThat(page.document().select("#chronology").text()).doesNotContain("Sam Doe allocated");
    assertThat(page.document().select("#pdf-form input[type=hidden]").eachAttr("name"))
        .contains("leaveOutRecordKeeping", "significance");
    String both =
        flat(text(pdf(base + ".pdf?leaveOutRecordKeeping=true&significance=SIGNIFICANT")));
    assertThat(both).contains("Significance: Significant");
  }

  @Test
  void correctedAndWithdrawnEntriesAreInThePdfWithWhoWhenWhyAndTheOriginalWording()
      throws IOException {
    String caseId = newCase("Nell");
    String base = "/cases/" + caseId + "/chronology";
    UUID corrected = writeAndFind(base, caseId, "Seen with an adult at the bus station.");
    UUID withdrawn = writeAndFind(base, caseId, "Went missing from school at lunchtime.");
    assertThat(
            kw.submitAsShown(
                    kw.get(base + "/" + corrected + "/correct"),
                    "main form[method=post]",
                    Map.of(
                        "whatHappened", "Seen with an adult at the railway station.",
                        "reason", "The school corrected the place"))
                .location())
        .isEqualTo(base);
    assertThat(
            kw.submit(
                    kw.get(base + "/" + withdrawn + "/withdraw"),
                    Map.of("reason", "Recorded for the wrong young person"))
                .location())
        .isEqualTo(base);

    String text = flat(text(pdf(base + ".pdf")));
    assertThat(text)
        .contains("Seen with an adult at the railway station.")
        .contains("The school corrected the place")
        .contains("Seen with an adult at the bus station.")
        .contains("Withdrawn entry")
        .contains("Went missing from school at lunchtime.")
        .contains("Recorded for the wrong young person");
  }

  private UUID writeAndFind(String base, String caseId, String text) {
    Page saved = kw.submit(kw.get(base + "/new"), ChronologyEntryForm.significant(text));
    assertThat(saved.location()).isEqualTo(base);
    return jdbc.sql("SELECT id FROM chronology_entry WHERE case_id = ?::uuid AND summary = ?")
        .params(caseId, text)
        .query(UUID.class)
        .single();
  }

  private String newCase(String name) {
    actAs.user("screening.lee");
    try {
      ChildId child = fixtures.aChildWithKeyWorker(name, "kw.jones");
      return cases.openOrAdd(child, "CON-PDF-" + UUID.randomUUID()).toString();
    } finally {
      actAs.nobody();
    }
  }

  private void insert(String caseId, String kind, String on, String summary, String at) {
    jdbc.sql(
            """
            INSERT INTO chronology_entry (id, case_id, kind, occurred_on, occurred_at, summary,
                                          significance, recorded_at, recorded_by_name)
            VALUES (?, ?::uuid, ?, ?::date, ?::timestamptz, ?, 'SIGNIFICANT', now(), 'Test writer')
            """)
        .params(UUID.randomUUID(), caseId, kind, on, at, summary)
        .update();
  }

  private UUID insertAutomatic(String caseId, String kind, String at, String summary) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO chronology_entry (id, case_id, kind, occurred_on, occurred_at, summary,
                                          significance, recorded_at, recorded_by_name)
            VALUES (?, ?::uuid, ?, (?::timestamptz AT TIME ZONE 'Europe/London')::date,
                    ?::timestamptz, ?, 'SIGNIFICANT', now(), 'Harbour')
            """)
        .params(id, caseId, kind, at, at, summary)
        .update();
    return id;
  }

  private byte[] pdf(String path) {
    HttpResponse<byte[]> response = Downloads.get(port, kw, path);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
