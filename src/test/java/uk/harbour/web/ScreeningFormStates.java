package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.harbour.people.Children;
import uk.harbour.people.Sex;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.Browser;
import uk.harbour.testing.Demo;
import uk.harbour.testing.Page;
import uk.harbour.testing.TestChildren;
import uk.harbour.testing.TestConcerns;

/**
 * For {@link EveryFormFixture}: the states that show screening officers' forms, made as the
 * officers make them (over HTTP) where the module keeps its services to itself.
 */
final class ScreeningFormStates {

  private final int port;
  private final JdbcClient jdbc;
  private final ActAs actAs;
  private final Children children;

  ScreeningFormStates(int port, JdbcClient jdbc, ActAs actAs, Children children) {
    this.port = port;
    this.jdbc = jdbc;
    this.actAs = actAs;
    this.children = children;
  }

  /** A concern about the child, linked by screening.lee and not yet decided: its screening page. */
  String linkedConcern(ChildId child) {
    UUID id = TestConcerns.submitted(jdbc, "kw.jones", "Test agency", "CON-BAD-");
    String reference =
        jdbc.sql("SELECT reference FROM child WHERE id = ?")
            .param(child.value())
            .query(String.class)
            .single();
    Browser officer = Demo.signIn(port, "screening.lee");
    Page page = officer.get("/screening/" + id);
    Page linked =
        officer.submit(
            page,
            "main form[action$=/link]:has(input#childReference)",
            Map.of("childReference", reference));
    assertThat(linked.isRedirect()).as(linked.errorSummary()).isTrue();
    return "/screening/" + id;
  }

  /**
   * Three pairs of records of one child each: one merge proposed, one approved, one pair not
   * decided. Their pages, in that order.
   */
  List<String> oneProposedOneApprovedMerge() {
    List<List<ChildId>> pairs = new ArrayList<>();
    actAs.user("kw.jones");
    List<String> names = List.of("Merryn Penhale", "Tomos Trevithick", "Morvah Kellow");
    for (int n = 0; n < names.size(); n++) {
      String[] name = names.get(n).split(" ");
      LocalDate born = LocalDate.of(2009 + n, 2 + n * 3, 6 + n * 7);
      List<ChildId> pair = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        pair.add(
            children
                .create(TestChildren.named(name[0], name[1], born, n == 1 ? Sex.MALE : Sex.FEMALE))
                .id());
      }
      pairs.add(pair);
    }
    actAs.nobody();
    Browser lee = Demo.signIn(port, "screening.lee");
    Page scanned =
        lee.submit(lee.get("/duplicates"), "main form[action=/duplicates/scan]", Map.of());
    assertThat(scanned.isRedirect()).isTrue();
    List<String> mergePages = new ArrayList<>();
    List<String> pairPages = new ArrayList<>();
    for (List<ChildId> pair : pairs) {
      UUID id =
          jdbc.sql(
                  "SELECT id FROM child_duplicate WHERE (child_a = ? AND child_b = ?)"
                      + " OR (child_a = ? AND child_b = ?)")
              .params(
                  pair.get(0).value(),
                  pair.get(1).value(),
                  pair.get(1).value(),
                  pair.get(0).value())
              .query(UUID.class)
              .single();
      pairPages.add("/duplicates/" + id);
      if (pairPages.size() == 3) {
        break; // left for a screening officer to decide
      }
      Page proposed =
          lee.submit(
              lee.get("/duplicates/" + id),
              Map.of("decision", "KEEP_FIRST", "reasons", "The same child recorded twice"));
      assertThat(proposed.location()).as(proposed.errorSummary()).startsWith("/merges/");
      mergePages.add(proposed.location());
    }
    Browser osei = Demo.signIn(port, "screening.osei");
    Page approved =
        osei.submit(
            osei.get(mergePages.get(1)),
            Map.of("decision", "APPROVE", "reasons", "Checked: the same child"));
    assertThat(approved.isRedirect()).as(approved.errorSummary()).isTrue();
    mergePages.add(pairPages.get(2));
    return mergePages;
  }
}
