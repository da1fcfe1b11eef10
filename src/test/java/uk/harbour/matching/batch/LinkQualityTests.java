package uk.harbour.matching.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.harbour.matching.LinkResult;
import uk.harbour.matching.LinkSettings;
import uk.harbour.matching.Linker;
import uk.harbour.tools.matching.Datasets;
import uk.harbour.tools.matching.Evaluation;

/**
 * Runs the engine on the shared benchmark data beside the checkout ({@code ../shared/data/linkage},
 * or the folder {@code HARBOUR_LINKAGE_DATA} names). Without the data the tests skip themselves,
 * unless the build requires it ({@code HARBOUR_REQUIRE_DATA=true} or system property {@code
 * harbour.requireData=true}, as CI sets): then they fail. Floors are the measured F1 (1.000, 0.998
 * and 0.904) less a small margin; nothing here is timed.
 */
class LinkQualityTests {

  private static final Path DATA =
      Path.of(System.getenv().getOrDefault("HARBOUR_LINKAGE_DATA", "../shared/data/linkage"));

  @Test
  void febrlDataset1WithAndWithoutTheSharedIdentifier() throws Exception {
    assertThat(f1("dataset1.csv", "febrl.yml")).isGreaterThanOrEqualTo(0.98);
    assertThat(f1("dataset1.csv", "febrl-without-ssn.yml")).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void splinkFake1000() throws Exception {
    assertThat(f1("fake_1000.csv", "fake-1000.yml")).isGreaterThanOrEqualTo(0.88);
  }

  @Test
  void twoUnrelatedFebrlFilesDoNotLink() throws Exception {
    Path one = data("dataset1.csv");
    Path two = data("dataset2.csv");
    CsvInput input = new CsvInput(Datasets.shipped("febrl.yml"), CsvReader.DEFAULT_MAX_FIELD);
    LinkResult result =
        Linker.link(
            input.read(one, false).records(),
            input.read(two, false).records(),
            LinkSettings.defaults());
    assertThat(result.matches()).hasSizeLessThan(20);
  }

  private static double f1(String file, String config) throws Exception {
    Path path = data(file);
    CsvInput.Loaded loaded =
        new CsvInput(Datasets.shipped(config), CsvReader.DEFAULT_MAX_FIELD).read(path, true);
    LinkSettings settings = LinkSettings.defaults();
    LinkResult result = Linker.deduplicate(loaded.records(), settings);
    Evaluation e = Evaluation.of(result, loaded.truth(), settings.threshold());
    assertThat(e.precision()).isGreaterThan(0.95);
    return e.f(1);
  }

  /** A benchmark file; skips the test when it is missing, or fails when the build requires it. */
  private static Path data(String file) {
    Path path = DATA.resolve(file);
    boolean required =
        Boolean.parseBoolean(System.getenv("HARBOUR_REQUIRE_DATA"))
            || Boolean.getBoolean("harbour.requireData");
    if (required) {
      assertThat(path).as("HARBOUR_REQUIRE_DATA is set but the benchmark data is missing").exists();
    }
    assumeTrue(Files.exists(path), "benchmark data not beside the checkout: " + path);
    return path;
  }
}
