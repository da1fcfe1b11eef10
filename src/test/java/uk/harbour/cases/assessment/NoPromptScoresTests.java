package uk.harbour.cases.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The checker the prompt crawl relies on finds what it is meant to find, and only that. */
class NoPromptScoresTests {

  private static final String PROMPTS =
      "<main><h1>Assessment</h1><p>Due 3 March 2027</p>"
          + "<section data-indicator-prompts=\"true\"><h2>Prompts</h2>%s</section></main>";

  @Test
  void cleanPagesAndDatesOutsidePromptsPass() {
    String page =
        PROMPTS.formatted("<dl><dt>The child goes missing</dt><dd>Came home late</dd></dl>");
    assertThat(NoPromptScores.inPage("clean", Jsoup.parse(page))).isEmpty();
    assertThat(NoPromptScores.inText("clean", "Version 2 submitted on 3 March 2027")).isEmpty();
  }

  @Test
  void findsCountsOfPrompts() {
    assertThat(
            NoPromptScores.inPage(
                "count", Jsoup.parse(PROMPTS.formatted("<p>3 of 12 prompts noted</p>"))))
        .isNotEmpty();
    assertThat(NoPromptScores.inText("count", "Signs noted: 4/17")).isNotEmpty();
    assertThat(
            NoPromptScores.inPage(
                "number", Jsoup.parse(PROMPTS.formatted("<p>Signs of harm (4)</p>"))))
        .isNotEmpty();
  }

  @Test
  void findsScoresBandsAndRiskLevels() {
    assertThat(NoPromptScores.inText("s", "Total score: twelve")).isNotEmpty();
    assertThat(NoPromptScores.inText("s", "This child is High risk")).isNotEmpty();
    assertThat(NoPromptScores.inText("s", "Risk band: amber")).isNotEmpty();
    assertThat(NoPromptScores.inText("s", "medium-risk")).isNotEmpty();
    assertThat(NoPromptScores.inText("s", "Rated by the tool")).isNotEmpty();
  }

  @Test
  void findsColoursAndTagsNextToPrompts() {
    assertThat(
            NoPromptScores.inPage(
                "tag",
                Jsoup.parse(
                    PROMPTS.formatted(
                        "<strong class=\"govuk-tag govuk-tag--red\">Noted</strong>"))))
        .isNotEmpty();
    assertThat(
            NoPromptScores.inPage(
                "colour", Jsoup.parse(PROMPTS.formatted("<p>Shown in amber</p>"))))
        .isNotEmpty();
    assertThat(
            NoPromptScores.inPage(
                "chart", Jsoup.parse(PROMPTS.formatted("<svg><rect fill=\"#d4351c\"/></svg>"))))
        .isNotEmpty();
    assertThat(
            NoPromptScores.inText(
                "pdf", "Intro 2027\n" + NoPromptScores.PDF_PROMPTS_HEADING + "\nSigns (2)"))
        .isNotEmpty();
  }
}
