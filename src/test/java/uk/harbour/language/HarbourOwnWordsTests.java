package uk.harbour.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Harbour's own words follow its guide: no message bundle, template or demo data uses a phrase the
 * guide flags. Each text is checked whole, with its line breaks normalised, so a phrase split
 * across lines is found: a bundle value (continuation lines and escapes read as Java reads them), a
 * template's text between tags, a Java file's strings (adjacent literals joined). Demo data is the
 * demo module, the synthetic module, the seeding classes, the bulk loads and the generators. The
 * language bundle is checked too, except its {@link #GUIDE_EXAMPLE_KEYS}, which name the phrases on
 * purpose.
 */
class HarbourOwnWordsTests {

  /** Keys of language.properties whose text quotes phrases from the guide on purpose. */
  static final Set<String> GUIDE_EXAMPLE_KEYS = Set.of();

  private static final Pattern JOINED_LITERALS = Pattern.compile("\"\\s*\\+\\s*\"");
  private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

  private final GuideMatcher matcher = GuideMatcher.builtIn();

  @Test
  void bundlesTemplatesAndDemoDataUseNoFlaggedPhrase() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : files(Path.of("src/main/resources/messages"))) {
      checkBundle(file, Files.readString(file, StandardCharsets.UTF_8), problems);
    }
    for (Path file : files(Path.of("src/main/resources/templates"))) {
      checkTemplate(file.toString(), Files.readString(file, StandardCharsets.UTF_8), problems);
    }
    for (Path file : demoData()) {
      checkJava(file.toString(), Files.readString(file, StandardCharsets.UTF_8), problems);
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  @Test
  void demoDataIncludesTheSeedingAndGenerators() throws IOException {
    List<String> names = demoData().stream().map(p -> p.getFileName().toString()).toList();

    assertThat(names)
        .contains(
            "DemoCases.java",
            "CaseSeeding.java",
            "ConcernSeeding.java",
            "SyntheticPeople.java",
            "AuditHistory.java",
            "BulkChronology.java",
            "PlanBulkLoad.java");
  }

  @Test
  void aPhraseSplitAcrossLinesIsFoundInEachKindOfFile() {
    List<String> problems = new ArrayList<>();
    checkBundle(
        Path.of("x.properties"), "web.a=She keeps putting herself \\\n    at risk\n", problems);
    checkTemplate("x.html", "<p>She keeps putting\n   herself at risk</p><p>risk</p>", problems);
    checkJava(
        "X.java", "String s = \"She keeps putting herself \"\n      + \"at risk\";", problems);
    checkBundle(Path.of("language.properties"), "language.x=She is promiscuous\n", problems);

    assertThat(problems)
        .hasSize(4)
        .allSatisfy(p -> assertThat(p).containsAnyOf("putting-themselves-at-risk", "promiscuous"));
    assertThat(problems.get(0)).startsWith("x.properties: web.a:");
    assertThat(problems.get(2)).startsWith("X.java:1:");
  }

  @Test
  void theGuidesOwnExampleKeysAreTheOnlyExceptions() {
    List<String> problems = new ArrayList<>();
    checkBundle(Path.of("intake.properties"), "intake.x=She is not sexually active\n", problems);

    assertThat(problems).singleElement().asString().contains("sexually-active");
    assertThat(GUIDE_EXAMPLE_KEYS).allSatisfy(k -> assertThat(k).startsWith("language."));
  }

  private void checkBundle(Path file, String text, List<String> problems) {
    Properties bundle = new Properties();
    try {
      bundle.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean guideBundle = file.getFileName().toString().equals("language.properties");
    for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
      if (guideBundle && GUIDE_EXAMPLE_KEYS.contains(key)) {
        continue;
      }
      String value = normalised(bundle.getProperty(key));
      for (Finding f : matcher.check(value, TextContext.none())) {
        problems.add(file + ": " + key + ": " + f.entryId() + " \"" + f.phrase() + "\"");
      }
    }
  }

  /** Markup is code (a CSP "nonce" is not a word anyone reads): only the text between tags. */
  private void checkTemplate(String name, String html, List<String> problems) {
    Matcher tags = TAG.matcher(html);
    StringBuilder text = new StringBuilder(html);
    while (tags.find()) {
      for (int i = tags.start(); i < tags.end(); i++) {
        text.setCharAt(i, text.charAt(i) == '\n' ? '\n' : ' ');
      }
      text.setCharAt(tags.start(), '.');
    }
    report(name, html, normalised(text.toString()), problems);
  }

  /** Adjacent string literals ("... " + "...") are joined, keeping every offset. */
  private void checkJava(String name, String java, List<String> problems) {
    Matcher joins = JOINED_LITERALS.matcher(java);
    StringBuilder text = new StringBuilder(java);
    while (joins.find()) {
      for (int i = joins.start(); i < joins.end(); i++) {
        text.setCharAt(i, ' ');
      }
    }
    report(name, java, normalised(text.toString()), problems);
  }

  private void report(String name, String original, String text, List<String> problems) {
    for (Finding f : matcher.check(text, TextContext.none())) {
      int line = 1 + (int) original.substring(0, f.start()).chars().filter(c -> c == '\n').count();
      problems.add(name + ":" + line + ": " + f.entryId() + " \"" + f.phrase() + "\"");
    }
  }

  /** Line breaks (and runs of them) read as spaces; the length is unchanged. */
  private static String normalised(String text) {
    return text.replace('\n', ' ').replace('\r', ' ');
  }

  private static List<Path> demoData() throws IOException {
    List<Path> result = new ArrayList<>(files(Path.of("src/main/java/uk/harbour/demo")));
    result.addAll(files(Path.of("src/tools/java/uk/harbour/tools/synthetic")));
    List<Path> sources = new ArrayList<>(files(Path.of("src/main/java/uk/harbour")));
    sources.addAll(files(Path.of("src/tools/java/uk/harbour")));
    for (Path file : sources) {
      String name = file.getFileName().toString();
      boolean demo =
          name.endsWith("Seeding.java")
              || name.startsWith("Synthetic")
              || name.startsWith("Bulk")
              || name.endsWith("BulkLoad.java")
              || name.startsWith("Generate") && name.endsWith("Command.java");
      if (demo && !result.contains(file)) {
        result.add(file);
      }
    }
    return result;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
