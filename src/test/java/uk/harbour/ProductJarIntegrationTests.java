package uk.harbour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The product jar carries no tooling: no generator, benchmark, held-out data maker or bulk load
 * (they are in target/harbour-tools.jar, docs/adr/019). Reads the jars the package phase built,
 * which {@code ./mvnw verify} always builds before the integration tests.
 */
class ProductJarIntegrationTests {

  /** Entries that are tooling, wherever someone puts them back. */
  static final Pattern TOOLING =
      Pattern.compile(
          "(^|/)uk/harbour/tools/"
              + "|(^|/)matching/heldout/"
              + "|/[^/]*(BulkLoad|Benchmark|Backfill|HeldOut|LabelledCorpus)[^/]*\\.class$"
              + "|/(Synthetic|Bulk)[^/]*\\.class$"
              + "|/(GenerateCommand|CopyRows)[^/$]*\\.class$");

  @Test
  void theProductJarHoldsNoToolingClass() throws IOException {
    List<String> entries = entries(Path.of("target", "harbour.jar"));

    assertThat(entries)
        .contains(
            "BOOT-INF/classes/uk/harbour/HarbourApplication.class",
            "BOOT-INF/classes/uk/harbour/matching/batch/LinkCommand.class",
            "BOOT-INF/classes/uk/harbour/language/LanguageCommand.class");
    assertThat(entries).filteredOn(e -> TOOLING.matcher(e).find()).isEmpty();
  }

  @Test
  void theToolsJarHoldsTheToolsAndNoTests() throws IOException {
    List<String> entries = entries(Path.of("target", "harbour-tools.jar"));

    assertThat(entries)
        .contains(
            "uk/harbour/tools/HarbourTools.class",
            "uk/harbour/tools/synthetic/GenerateCommand.class",
            "uk/harbour/tools/synthetic/CaseBulkLoad.class",
            "uk/harbour/tools/matching/LinkageBenchmark.class",
            "uk/harbour/tools/language/LanguageBenchmark.class",
            "uk/harbour/audit/AuditBackfill.class",
            "matching/heldout/surnames.txt");
    assertThat(entries).noneMatch(e -> e.endsWith("Tests.class") || e.contains("Tests$"));
  }

  @Test
  void theProductRefusesAToolCommandAndSaysWhereToolsRun() throws Exception {
    entries(Path.of("target", "harbour.jar"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(java, "-jar", "target/harbour.jar", "generate", "cases", "--children=5")
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(output)
        .contains("unknown command 'generate cases'", "./harbour-tools")
        .doesNotContain("Started", "Flyway");
  }

  @Test
  void thePatternRecognisesToolingWhereverItIsPut() {
    assertThat(
            List.of(
                "BOOT-INF/classes/uk/harbour/tools/HarbourTools.class",
                "BOOT-INF/classes/uk/harbour/cases/CaseBulkLoad.class",
                "BOOT-INF/classes/uk/harbour/synthetic/PageBenchmark$Page.class",
                "BOOT-INF/classes/uk/harbour/people/SyntheticPeople.class",
                "BOOT-INF/classes/uk/harbour/synthetic/GenerateCommand.class",
                "BOOT-INF/classes/uk/harbour/audit/AuditBackfill.class",
                "BOOT-INF/classes/uk/harbour/cases/BulkChronology.class",
                "BOOT-INF/classes/matching/heldout/surnames.txt"))
        .allMatch(e -> TOOLING.matcher(e).find());
    assertThat(
            List.of(
                "BOOT-INF/classes/uk/harbour/audit/AuditVerifyCommand.class",
                "BOOT-INF/classes/uk/harbour/matching/batch/LinkCommand.class",
                "BOOT-INF/classes/uk/harbour/demo/DemoCases.class",
                "BOOT-INF/classes/matching/nicknames.txt"))
        .noneMatch(e -> TOOLING.matcher(e).find());
  }

  private static List<String> entries(Path jar) throws IOException {
    if (!Files.isRegularFile(jar)) {
      throw new AssertionError(jar + " is missing: run the integration tests with ./mvnw verify");
    }
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
    }
  }
}
