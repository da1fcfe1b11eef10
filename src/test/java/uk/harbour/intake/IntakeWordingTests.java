package uk.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import uk.harbour.shared.Indicator;
import uk.harbour.shared.IndicatorGroup;

/**
 * The words intake shows: every indicator prompt and group has its text, every choice has a label,
 * and nothing blames the child.
 */
class IntakeWordingTests {

  static final List<String> BLAMING =
      List.of(
          "risk-taking",
          "risky behaviour",
          "promiscuous",
          "boyfriend",
          "child prostitut",
          "chose to",
          "choosing to",
          "putting themselves at risk",
          "put themselves at risk",
          "sexually active",
          "consented",
          "lifestyle choice",
          "high risk",
          "low risk",
          "medium risk");

  @Test
  void everyPromptGroupAndChoiceHasItsWords() throws IOException {
    Properties messages = messages();
    for (Indicator indicator : Indicator.values()) {
      assertThat(messages).containsKey("intake.indicator." + indicator.name());
    }
    for (IndicatorGroup group : IndicatorGroup.values()) {
      for (String part : List.of("title", "evidence", "short")) {
        assertThat(messages).containsKey("intake.indicatorGroup." + group.name() + "." + part);
      }
      assertThat(Indicator.in(group)).isNotEmpty();
    }
    assertThat(Indicator.in(IndicatorGroup.EVIDENCED_CORRELATES))
        .containsExactly(Indicator.DISABILITY, Indicator.IN_CARE, Indicator.PREVIOUS_SEXUAL_ABUSE);
    for (ScreeningOutcome outcome : ScreeningOutcome.values()) {
      assertThat(messages).containsKey("intake.outcome." + outcome.name());
    }
    for (InformationSource source : InformationSource.values()) {
      assertThat(messages).containsKey("intake.informationSource." + source.name());
    }
    for (Reliability reliability : Reliability.values()) {
      assertThat(messages).containsKey("intake.reliability." + reliability.name());
    }
  }

  @Test
  void nothingBlamesTheChildOrBandsTheirRisk() throws IOException {
    List<String> found = new ArrayList<>();
    messages()
        .forEach(
            (key, text) -> {
              String lower = text.toString().toLowerCase(Locale.UK);
              BLAMING.stream()
                  .filter(lower::contains)
                  .forEach(word -> found.add(key + ": " + word));
            });
    assertThat(found).isEmpty();
  }

  @Test
  void thePromptsSayTheyAreNeverScored() throws IOException {
    assertThat(messages().getProperty("intake.prompts.notScored"))
        .contains("never added up or scored")
        .contains("decided by a person");
  }

  private static Properties messages() throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        IntakeWordingTests.class.getResourceAsStream("/messages/intake.properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
