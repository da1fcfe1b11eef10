package uk.harbour.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Harbour's own words follow its guide: no message bundle, template, demo or synthetic data uses a
 * phrase the guide flags (the guide's own bundle, which names the phrases, is left out).
 */
class HarbourOwnWordsTests {

  private final GuideMatcher matcher = GuideMatcher.builtIn();

  @Test
  void messagesTemplatesDemoAndSyntheticDataUseNoFlaggedPhrase() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files =
        Stream.of(
                Path.of("src/main/resources/messages"),
                Path.of("src/main/resources/templates"),
                Path.of("src/main/java/uk/harbour/demo"),
                Path.of("src/main/java/uk/harbour/synthetic"),
                Path.of("src/main/java/uk/harbour/cases/BulkChronology.java"),
                Path.of("src/main/java/uk/harbour/cases/BulkVoice.java"),
                Path.of("src/main/java/uk/harbour/cases/assessment/AssessmentBulkLoad.java"),
                Path.of("src/main/java/uk/harbour/cases/plan/PlanBulkLoad.java"))
            .flatMap(HarbourOwnWordsTests::walk)) {
      files
          .filter(f -> !f.getFileName().toString().equals("language.properties"))
          .forEach(file -> check(file, problems));
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  @Test
  void theCheckFindsAFlaggedPhraseInABundleLine() {
    List<String> problems = new ArrayList<>();
    checkText("x.properties", "web.example=She keeps putting herself at risk", problems);
    assertThat(problems).singleElement().asString().contains("putting-themselves-at-risk");
  }

  private void check(Path file, List<String> problems) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (file.toString().endsWith(".html")) {
        // Markup is code (a CSP "nonce" is not a word anyone reads); only the text between tags.
        text = text.replaceAll("(?s)<[^>]*>", " ");
      }
      checkText(file.toString(), text, problems);
    } catch (IOException e) {
      problems.add(file + ": unreadable");
    }
  }

  private void checkText(String name, String text, List<String> problems) {
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      for (Finding f : matcher.check(lines[i], TextContext.none())) {
        problems.add(name + ":" + (i + 1) + ": " + f.entryId() + " \"" + f.phrase() + "\"");
      }
    }
  }

  private static Stream<Path> walk(Path dir) {
    try {
      return Files.walk(dir).filter(Files::isRegularFile).toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
