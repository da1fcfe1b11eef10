package uk.harbour.cases.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import uk.harbour.testing.Page;

/** Reads work-list pages in tests. */
public final class WorkListPages {

  private WorkListPages() {}

  /** The rows of one section's table: the table after its heading, before the next heading. */
  public static List<String> rowsOf(Page page, String section) {
    var heading = page.document().getElementById(section);
    assertThat(heading).as(section).isNotNull();
    for (var next = heading.nextElementSibling(); next != null; next = next.nextElementSibling()) {
      if (next.tagName().equals("h2")) {
        break;
      }
      if (next.tagName().equals("table")) {
        return next.select("tbody tr").eachText();
      }
    }
    return List.of();
  }
}
