package uk.harbour.cases.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds anything on a page or in an export that looks like a number, total, band, rating or colour
 * derived from indicator prompts. Prompts are shown inside elements marked {@code
 * data-indicator-prompts}; inside them only words may appear (no digits, no tags, no colours), and
 * nowhere may the page count prompts ("3 of 12"), score them or band a child by risk.
 */
public final class NoPromptScores {

  static final Pattern COUNT = Pattern.compile("(?i)\\b\\d+\\s*(?:of|/|out of)\\s*\\d+\\b");
  static final Pattern SCORE_WORDS =
      Pattern.compile(
          "(?i)\\b(?:scores?|scored|scoring|totals?|totalled|bands?|banded|banding|ratings?|rated"
              + "|RAG|points?)\\b");
  static final Pattern RISK_LEVEL =
      Pattern.compile(
          "(?i)\\b(?:very high|high|medium|moderate|low|significant|severe|standard)[ -]+risk\\b");
  static final Pattern COLOUR_WORDS =
      Pattern.compile("(?i)\\b(?:red|amber|green|yellow|orange)\\b");
  static final Pattern DIGIT = Pattern.compile("\\d");

  /** The heading that starts the prompts in a PDF's text; everything after it is prompts. */
  static final String PDF_PROMPTS_HEADING = "Prompts for professional thought";

  private NoPromptScores() {}

  /** Problems in an HTML page's main content. */
  public static List<String> inPage(String where, Document page) {
    List<String> problems = new ArrayList<>();
    Element main = page.selectFirst("main");
    String text = main == null ? page.text() : main.text();
    find(problems, where, text, COUNT, "a count");
    find(problems, where, text, SCORE_WORDS, "score words");
    find(problems, where, text, RISK_LEVEL, "a risk level");
    for (Element prompts : page.select("[data-indicator-prompts]")) {
      find(problems, where + " (prompts)", prompts.text(), DIGIT, "a number next to prompts");
      find(problems, where + " (prompts)", prompts.text(), COLOUR_WORDS, "a colour word");
      for (Element marked :
          prompts.select(
              ".govuk-tag, [class*=colour], [class*=color], [class*=rag], [style], svg, meter,"
                  + " progress, [bgcolor], [fill]")) {
        problems.add(where + ": a tag, colour or chart next to prompts: " + marked.outerHtml());
      }
    }
    return problems;
  }

  /** Problems in a PDF's extracted text. */
  public static List<String> inText(String where, String text) {
    List<String> problems = new ArrayList<>();
    find(problems, where, text, COUNT, "a count");
    find(problems, where, text, SCORE_WORDS, "score words");
    find(problems, where, text, RISK_LEVEL, "a risk level");
    int prompts = text.indexOf(PDF_PROMPTS_HEADING);
    if (prompts >= 0) {
      String after = text.substring(prompts);
      find(problems, where + " (prompts)", after, DIGIT, "a number next to prompts");
      find(problems, where + " (prompts)", after, COLOUR_WORDS, "a colour word");
    }
    return problems;
  }

  private static void find(
      List<String> problems, String where, String text, Pattern pattern, String what) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      int from = Math.max(0, m.start() - 40);
      int to = Math.min(text.length(), m.end() + 40);
      problems.add(where + ": " + what + ": …" + text.substring(from, to) + "…");
    }
  }
}
