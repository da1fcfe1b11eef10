package uk.harbour.cases.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The assessment, plan and work list wording never blames the young person and never speaks of
 * scores, bands or risk levels.
 */
class PlanWordingTests {

  static final Pattern BLAMING =
      Pattern.compile(
          "(?i)risk-taking|promiscu|boyfriend|chose to|choosing to|putting (themselves|"
              + "himself|herself) at risk|sexually active|prostitut|consent|lifestyle|risky");
  static final Pattern SCORING =
      Pattern.compile(
          "(?i)\\b(score|scores|scored|scoring|band|banding|rating|RAG)\\b"
              + "|\\b(high|medium|low)[ -]risk\\b");

  @Test
  void noBlamingOrScoringWords() throws IOException {
    List<String> problems = new ArrayList<>();
    bundle()
        .forEach(
            (key, value) -> {
              if (BLAMING.matcher(value.toString()).find()
                  || SCORING.matcher(value.toString()).find()) {
                problems.add(key + "=" + value);
              }
            });
    assertThat(problems).isEmpty();
  }

  @Test
  void thePatternsCatchWhatTheyAreFor() {
    assertThat(BLAMING.matcher("She chose to go with him").find()).isTrue();
    assertThat(BLAMING.matcher("putting themselves at risk").find()).isTrue();
    assertThat(SCORING.matcher("High risk").find()).isTrue();
    assertThat(SCORING.matcher("Total score").find()).isTrue();
    assertThat(SCORING.matcher("Plain words only").find()).isFalse();
  }

  private static Properties bundle() throws IOException {
    Properties properties = new Properties();
    for (String bundle : List.of("assessment", "plan", "worklist")) {
      try (InputStream in =
          PlanWordingTests.class.getResourceAsStream("/messages/cases/" + bundle + ".properties")) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    }
    assertThat(properties)
        .containsKeys(
            "plan.section.DISRUPTION", "assessment.section.PRACTITIONER", "worklist.title");
    return properties;
  }
}
