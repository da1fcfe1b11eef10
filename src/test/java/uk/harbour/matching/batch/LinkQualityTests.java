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
 * Runs the engine on the shared benchmark data when it is beside the checkout (as in CI). Floors
 * are the measured F1 (1.000, 0.998 and 0.904) less a small margin; nothing here is timed.
 */
class LinkQualityTests {

  private static final Path DATA = Path.of("../shared/data/linkage");

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
    Path one = DATA.resolve("dataset1.csv");
    Path two = DATA.resolve("dataset2.csv");
    assumeTrue(Files.exists(one) && Files.exists(two), "benchmark data not beside the checkout");
    CsvInput input = new CsvInput(Datasets.shipped("febrl.yml"), CsvReader.DEFAULT_MAX_FIELD);
    LinkResult result =
        Linker.link(
            input.read(one, false).records(),
            input.read(two, false).records(),
            LinkSettings.defaults());
    assertThat(result.matches()).hasSizeLessThan(20);
  }

  private static double f1(String file, String config) throws Exception {
    Path path = DATA.resolve(file);
    assumeTrue(Files.exists(path), "benchmark data not beside the checkout");
    CsvInput.Loaded loaded =
        new CsvInput(Datasets.shipped(config), CsvReader.DEFAULT_MAX_FIELD).read(path, true);
    LinkSettings settings = LinkSettings.defaults();
    LinkResult result = Linker.deduplicate(loaded.records(), settings);
    Evaluation e = Evaluation.of(result, loaded.truth(), settings.threshold());
    assertThat(e.precision()).isGreaterThan(0.95);
    return e.f(1);
  }
}
