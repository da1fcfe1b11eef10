package uk.harbour.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

/**
 * Every user-facing text in templates comes from the message bundles. Fails on any text a person
 * would read that is written into a template instead of produced by {@code th:text="#{...}"}:
 *
 * <ul>
 *   <li>text with letters, unless inside an element whose body th:text replaces (prototype text),
 *       or an inline {@code [[...]]} expression
 *   <li>readable attributes (alt, title, placeholder, aria-label, label, ...) with letters
 *   <li>quoted words in th:text and readable th: attributes, other than message keys
 *   <li>th:utext and unescaped inline {@code [(...)]} anywhere, and prototype-only comment blocks
 *       {@code <!--/*}{@code /...}, which Thymeleaf turns into live markup
 * </ul>
 *
 * <p>Whitespace, punctuation, digits and entities are fine. Script and style bodies are code.
 */
class TemplateTextTests {

  static final Path TEMPLATES = Path.of("src/main/resources/templates");

  static final Set<String> READABLE_ATTRIBUTES =
      Set.of(
          "alt",
          "title",
          "placeholder",
          "aria-label",
          "aria-roledescription",
          "aria-valuetext",
          "label",
          "summary");
  static final Set<String> BODY_REPLACING = Set.of("th:text", "data-th-text");
  static final Set<String> LITERAL_CHECKED =
      Set.of(
          "th:text",
          "data-th-text",
          "th:title",
          "th:alt",
          "th:placeholder",
          "th:aria-label",
          "th:label");
  static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]", Pattern.DOTALL);
  static final Pattern QUOTED = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");
  static final Pattern MESSAGE_KEY = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]*)+");

  @Test
  void templatesHaveNoHardCodedText() throws IOException {
    List<String> problems = problemsInAllTemplates(TemplateTextTests::problems);
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  /** Runs a check (file name, template source) over every template. */
  static List<String> problemsInAllTemplates(BiFunction<String, String, List<String>> check)
      throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : templates()) {
      String name = TEMPLATES.relativize(file).toString();
      problems.addAll(check.apply(name, Files.readString(file, StandardCharsets.UTF_8)));
    }
    return problems;
  }

  @Test
  void findsTheTemplates() throws IOException {
    List<String> names = templates().stream().map(p -> TEMPLATES.relativize(p).toString()).toList();
    assertThat(names)
        .contains(
            "web/layout.html",
            "web/components/text-input.html",
            "web/error/404.html",
            "web/home.html")
        .hasSizeGreaterThan(15);
  }

  @Test
  void catchesHardCodedText() {
    assertThat(problems("t.html", "<p>Hello</p>")).singleElement().asString().contains("Hello");
    assertThat(problems("t.html", "<title>Harbour</title>")).hasSize(1);
    assertThat(problems("t.html", "<span th:if=\"${x}\">Shown</span>")).hasSize(1);
    assertThat(problems("t.html", "<p th:text=\"#{a.b}\">Ok</p><b>Not ok</b>")).hasSize(1);
    assertThat(problems("t.html", "<img src=\"x.png\" alt=\"A child\">")).hasSize(1);
    assertThat(problems("t.html", "<nav aria-label=\"Menu\"></nav>")).hasSize(1);
    assertThat(problems("t.html", "<input type=\"submit\" value=\"Save\">")).hasSize(1);
    assertThat(problems("t.html", "<p th:utext=\"#{a.b}\"></p>"))
        .singleElement()
        .asString()
        .contains("th:utext");
    assertThat(problems("t.html", "<p th:inline=\"text\">[(${x})]</p>")).hasSize(1);
    assertThat(problems("t.html", "<p th:text=\"'Hello there'\"></p>")).hasSize(1);
    assertThat(problems("t.html", "<p th:text=\"${x} ?: 'None'\"></p>")).hasSize(1);
    assertThat(problems("t.html", "<!--/*/ <p>Hidden</p> /*/-->")).hasSize(1);
    assertThat(problems("t.html", "<p>Hi [[${name}]]</p>")).hasSize(1);
  }

  @Test
  void allowsTextFromMessagesAndNonText() {
    assertThat(problems("t.html", "<p th:text=\"#{web.x}\"></p>")).isEmpty();
    assertThat(problems("t.html", "<p th:text=\"#{web.x}\">Prototype</p>")).isEmpty();
    assertThat(problems("t.html", "<p>, - . : &nbsp; &middot; 12 (3)</p>")).isEmpty();
    assertThat(
            problems(
                "t.html", "<title th:text=\"${title} + ' - ' + #{web.service.name}\"></title>"))
        .isEmpty();
    assertThat(problems("t.html", "<p th:text=\"${#messages.msg('web.nav.' + ${k})}\"></p>"))
        .isEmpty();
    assertThat(problems("t.html", "<p>[[#{web.x}]]</p>")).isEmpty();
    assertThat(problems("t.html", "<script>document.body.className += ' js-enabled'</script>"))
        .isEmpty();
    assertThat(problems("t.html", "<style>.a::after { content: 'x' }</style>")).isEmpty();
    assertThat(problems("t.html", "<!--/* A note for developers */-->")).isEmpty();
    assertThat(problems("t.html", "<nav th:attr=\"aria-label=#{web.nav.label}\"></nav>")).isEmpty();
    assertThat(problems("t.html", "<meta name=\"viewport\" content=\"width=device-width\">"))
        .isEmpty();
    assertThat(problems("t.html", "<a class=\"govuk-link\" href=\"/x\" th:text=\"#{a.b}\"></a>"))
        .isEmpty();
  }

  static List<Path> templates() throws IOException {
    assertThat(TEMPLATES).isDirectory();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  static List<String> problems(String file, String html) {
    List<String> problems = new ArrayList<>();
    Document document = Jsoup.parse(html);
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode text) {
            checkText(file, text, problems);
          } else if (node instanceof Comment comment && comment.getData().startsWith("/*/")) {
            problems.add(
                file
                    + ": prototype-only comment block becomes live markup: "
                    + abbreviate(comment.getData()));
          } else if (node instanceof Element element) {
            checkAttributes(file, element, problems);
          }
        },
        document);
    return problems;
  }

  private static void checkText(String file, TextNode text, List<String> problems) {
    String raw = text.getWholeText();
    if (raw.contains("[(")) {
      problems.add(file + ": unescaped inline expression: " + abbreviate(raw));
      return;
    }
    String visible = INLINE_EXPRESSION.matcher(raw).replaceAll("");
    if (!hasLetter(visible) || insideBodyReplacedElement(text)) {
      return;
    }
    problems.add(
        file
            + ": hard-coded text in <"
            + ((Element) text.parent()).tagName()
            + ">: "
            + abbreviate(visible));
  }

  private static boolean insideBodyReplacedElement(Node node) {
    for (Node n = node.parent(); n instanceof Element e; n = e.parent()) {
      if (BODY_REPLACING.stream().anyMatch(e::hasAttr)) {
        return true;
      }
      String remove = e.attr("th:remove");
      if (remove.equals("all") || remove.equals("body")) {
        return true;
      }
    }
    return false;
  }

  private static void checkAttributes(String file, Element element, List<String> problems) {
    for (Attribute attribute : element.attributes()) {
      String name = attribute.getKey().toLowerCase(Locale.ROOT);
      String value = attribute.getValue();
      if (name.equals("th:utext") || name.equals("data-th-utext")) {
        problems.add(file + ": th:utext on <" + element.tagName() + ">: " + abbreviate(value));
      } else if (READABLE_ATTRIBUTES.contains(name) && hasLetter(value)) {
        problems.add(
            file
                + ": hard-coded "
                + name
                + " on <"
                + element.tagName()
                + ">: "
                + abbreviate(value));
      } else if (name.equals("value") && isButtonInput(element) && hasLetter(value)) {
        problems.add(file + ": hard-coded button value: " + abbreviate(value));
      } else if (LITERAL_CHECKED.contains(name)) {
        Matcher quoted = QUOTED.matcher(value);
        while (quoted.find()) {
          String literal = quoted.group(1);
          if (hasLetter(literal) && !MESSAGE_KEY.matcher(literal).matches()) {
            problems.add(
                file
                    + ": quoted text in "
                    + name
                    + " on <"
                    + element.tagName()
                    + ">: "
                    + abbreviate(literal));
          }
        }
      }
    }
  }

  private static boolean isButtonInput(Element element) {
    return element.tagName().equals("input")
        && Set.of("submit", "button", "reset")
            .contains(element.attr("type").toLowerCase(Locale.ROOT));
  }

  private static boolean hasLetter(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }

  private static String abbreviate(String s) {
    String clean = s.strip().replaceAll("\\s+", " ");
    return clean.length() > 80 ? clean.substring(0, 77) + "..." : clean;
  }
}
