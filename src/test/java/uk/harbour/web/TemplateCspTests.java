package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Templates stay within the Content Security Policy: no inline styles, no inline event handlers, no
 * javascript: URLs, and every inline script carries the request's nonce.
 */
class TemplateCspTests {

  static final String PDF_PAGE = "web/pdf-document.html";

  @Test
  void templatesNeedNothingThePolicyBlocks() throws IOException {
    List<String> problems = TemplateTextTests.problemsInAllTemplates(TemplateCspTests::problems);
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  @Test
  void catchesWhatThePolicyBlocks() {
    assertThat(problems("t.html", "<p style=\"color: red\"></p>")).hasSize(1);
    assertThat(problems("t.html", "<p th:style=\"${s}\"></p>")).hasSize(1);
    assertThat(problems("t.html", "<style>p {}</style>")).hasSize(1);
    assertThat(problems("t.html", "<button onclick=\"go()\"></button>")).hasSize(1);
    assertThat(problems("t.html", "<button th:onclick=\"go()\"></button>")).hasSize(1);
    assertThat(problems("t.html", "<a href=\"javascript:go()\"></a>")).hasSize(1);
    assertThat(problems("t.html", "<script>go()</script>")).hasSize(1);
    assertThat(problems("t.html", "<script nonce=\"abc\">go()</script>")).hasSize(1);
  }

  @Test
  void allowsNoncedInlineScriptsAndStaticFiles() {
    assertThat(problems("t.html", "<script th:attr=\"nonce=${cspNonce}\">go()</script>")).isEmpty();
    assertThat(problems("t.html", "<script type=\"module\" th:src=\"@{/js/a.js}\"></script>"))
        .isEmpty();
    assertThat(problems("t.html", "<link rel=\"stylesheet\" th:href=\"@{/css/a.css}\">")).isEmpty();
  }

  static List<String> problems(String file, String html) {
    List<String> problems = new ArrayList<>();
    for (Element element : Jsoup.parse(html).getAllElements()) {
      String tag = element.tagName();
      // The PDF page template is turned into a PDF on the server and never reaches a browser.
      if (tag.equals("style") && !file.equals(PDF_PAGE)) {
        problems.add(file + ": <style> element");
      }
      if (tag.equals("script")
          && !element.hasAttr("src")
          && !element.hasAttr("th:src")
          && !element.attr("th:attr").contains("nonce=${cspNonce}")) {
        problems.add(file + ": inline <script> without th:attr=\"nonce=${cspNonce}\"");
      }
      for (Attribute attribute : element.attributes()) {
        String name =
            attribute.getKey().toLowerCase(Locale.ROOT).replaceFirst("^(th:|data-th-)", "");
        if (name.equals("style") || name.equals("styleappend")) {
          problems.add(file + ": style attribute on <" + tag + ">");
        } else if (name.startsWith("on")) {
          problems.add(file + ": event handler " + attribute.getKey() + " on <" + tag + ">");
        } else if (attribute
            .getValue()
            .strip()
            .toLowerCase(Locale.ROOT)
            .startsWith("javascript:")) {
          problems.add(file + ": javascript: URL on <" + tag + ">");
        }
      }
    }
    return problems;
  }
}
