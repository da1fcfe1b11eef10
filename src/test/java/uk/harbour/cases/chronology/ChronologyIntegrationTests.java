package uk.harbour.cases.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.cases.CaseFixtures;
import uk.harbour.cases.Cases;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;

/** Automatic and written entries, filters, the young person's view, print and PDF. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixtures.class})
class ChronologyIntegrationTests {

  @LocalServerPort int port;
  @Autowired CaseFixtures fixtures;
  @Autowired Cases cases;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;

  @Test
  void aLongChronologyIsPagedOnThePageAndPrintedAndExportedInFull() throws Exception {
    actAs.user("screening.lee");
    ChildId child = fixtures.aChildWithKeyWorker("Juno", "kw.jones");
    String caseId = cases.openOrAdd(child, "CON-CHRON-LONG").toString();
    actAs.nobody();
    // 1,200 synthetic entries on 30 days, all recorded at the same moment: many ties to page over.
    jdbc.sql(
            """
            INSERT INTO chronology_entry (id, case_id, kind, occurred_on, summary, significance,
                                          recorded_at, recorded_by_name)
            SELECT gen_random_uuid(), ?, 'MANUAL', date '2020-01-01' + (i % 30),
                   'Synthetic entry number ' || i, 'ROUTINE', timestamptz '2020-02-01 10:00Z',
                   'Test writer'
              FROM generate_series(0, 1199) i
            """)
        .param(java.util.UUID.fromString(caseId))
        .update();
    long total =
        jdbc.sql("SELECT count(*) FROM chronology_entry WHERE case_id = ?")
            .param(java.util.UUID.fromString(caseId))
            .query(Long.class)
            .single();
    assertThat(total).isGreaterThan(1200);
    String base = "/cases/" + caseId + "/chronology";
    Browser kw = Demo.signIn(port, "kw.jones");

    Page first = kw.get(base);
    assertThat(first.document().select("#chronology tbody tr")).hasSize(100);
    assertThat(first.document().select("#chronology-showing").text())
        .contains(String.format("Showing entries 1 to 100 of %,d", total));
    assertThat(first.document().select(".govuk-pagination a[rel=next]").attr("href"))
        .isEqualTo(base + "?page=2");
    assertThat(first.document().select(".govuk-pagination a[rel=prev]")).isEmpty();
    int lastPage = (int) ((total + 99) / 100);
    Page last = kw.get(base + "?page=" + lastPage);
    assertThat(last.document().select("#chronology tbody tr")).hasSize((int) (total % 100));
    assertThat(last.document().select(".govuk-pagination a[rel=next]")).isEmpty();
    Page filtered = kw.get(base + "?significance=ROUTINE&page=2");
    assertThat(filtered.document().select(".govuk-pagination a[rel=prev]").attr("href"))
        .isEqualTo(base + "?significance=ROUTINE&page=1");

    Page print = kw.get(base + "/print");
    java.util.List<String> printed =
        print.document().select("#chronology tbody tr").stream().map(Element::text).toList();
    assertThat(printed).hasSize((int) total);
    assertThat(printed.stream().distinct()).hasSize((int) total);

    var pdf = uk.harbour.cases.assessment.Downloads.get(port, kw, base + ".pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Synthetic entry number 0")
          .contains("Synthetic entry number 1199")
          .contains("Synthetic entry number 600")
          .contains(String.format("%,d entries", total));
    }
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE record_type = 'case' AND record_id = ?"
                        + " AND action = 'EXPORT' AND detail = ?")
                .params(caseId, "chronology, all entries " + total)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theTeamWritesEntriesOnceFiltersThemAndRecordsTheYoungPersonsView() {
    actAs.user("screening.lee");
    ChildId child = fixtures.aChildWithKeyWorker("Hana", "kw.jones");
    String caseId = cases.openOrAdd(child, "CON-CHRON-000001").toString();
    actAs.nobody();
    String base = "/cases/" + caseId + "/chronology";
    Browser kw = Demo.signIn(port, "kw.jones");

    Page list = kw.get(base);
    assertThat(list.document().select("#chronology").text())
        .contains("Case opened")
        .contains("Concern CON-CHRON-000001 added to the case");

    Page form = kw.get(base + "/new");
    Page errors = kw.submit(form, Map.of("whatHappened", "x".repeat(5001)));
    assertThat(errors.errorSummary())
        .contains("Enter when it happened")
        .contains("5,000 characters or fewer")
        .contains("Select how significant this is");
    Map<String, String> entry =
        Map.of(
            "occurredDay", "3",
            "occurredMonth", "2",
            "occurredYear", "2026",
            "whatHappened", "A man in a grey car waited outside school and offered lifts.",
            "significance", "CRITICAL",
            "source", "Her school");
    assertThat(kw.submit(form, entry).location()).isEqualTo(base);
    assertThat(kw.submit(form, entry).location()).as("double submit").isEqualTo(base);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM chronology_entry WHERE case_id = ?::uuid AND kind = 'MANUAL'")
                .param(caseId)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    Page critical = kw.get(base + "?significance=CRITICAL");
    assertThat(critical.document().select("#chronology tbody tr")).hasSize(1);
    assertThat(critical.document().select("#chronology").text())
        .contains("grey car")
        .contains("Critical")
        .contains("Source: Her school");
    Page manualOnly = kw.get(base + "?kind=MANUAL&fromDay=1&fromMonth=2&fromYear=2026");
    assertThat(manualOnly.document().select("#chronology tbody tr")).hasSize(1);
    Page none = kw.get(base + "?kind=MANUAL&toDay=1&toMonth=1&toYear=2026");
    assertThat(none.document().select("#chronology")).isEmpty();
    Page badDate = kw.get(base + "?fromDay=40&fromMonth=2&fromYear=2026");
    assertThat(badDate.errorSummary()).contains("from date must be a real date");

    Element add = critical.document().select("#chronology a[href$='/perspective']").first();
    Page perspective = kw.get(add.attr("href"));
    Page saved =
        kw.submit(perspective, Map.of("view", "He said he was my friend. I know now he wasn't."));
    assertThat(saved.location()).isEqualTo(base);
    Page stale = kw.submit(perspective, Map.of("view", "Another version"));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(kw.get(base).document().select("#chronology blockquote").text())
        .isEqualTo("He said he was my friend. I know now he wasn't.");

    Page print = kw.get(base + "/print?significance=CRITICAL");
    assertThat(print.document().select("link[href*=cases-print]")).hasSize(1);
    assertThat(print.document().select("#chronology").text()).contains("grey car");

    Page pdf = kw.get("/cases/" + caseId + "/chronology.pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("attachment").contains(".pdf"));
    assertThat(pdf.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    assertThat(pdf.body()).startsWith("%PDF");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE record_type = 'case' AND record_id = ?"
                        + " AND action = 'EXPORT'")
                .param(caseId)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
