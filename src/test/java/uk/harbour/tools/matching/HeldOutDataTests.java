package uk.harbour.tools.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.harbour.matching.batch.CsvInput;
import uk.harbour.matching.batch.CsvReader;
import uk.harbour.matching.batch.LinkCommand;

/**
 * The held-out generator writes the same files for the same seed, in the shapes of the shared data,
 * with ground truth the benchmark can read through the shipped mappings; other seeds give other
 * people.
 */
class HeldOutDataTests {

  @TempDir Path dir;

  @Test
  void theSameSeedWritesTheSameFilesAndAnotherSeedOthers() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Path c = dir.resolve("c");
    new HeldOutData(7, 0.05).writeTo(a);
    new HeldOutData(7, 0.05).writeTo(b);
    new HeldOutData(8, 0.05).writeTo(c);
    for (String name : names(a)) {
      assertThat(Files.readString(b.resolve(name)))
          .as(name)
          .isEqualTo(Files.readString(a.resolve(name)));
      if (name.endsWith(".csv")) {
        assertThat(Files.readString(c.resolve(name)))
            .as(name)
            .isNotEqualTo(Files.readString(a.resolve(name)));
      }
    }
  }

  @Test
  void filesHaveTheSharedShapesAndEveryOneIsFoundWithItsTruth() throws Exception {
    List<HeldOutData.File> files = new HeldOutData(HeldOutData.SEED, 0.05).writeTo(dir);
    assertThat(files).hasSize(5);

    List<String> febrl = Files.readAllLines(dir.resolve("febrl-heldout-a.csv"));
    assertThat(febrl.get(0)).isEqualTo(String.join(", ", FebrlStyle.COLUMNS));
    assertThat(febrl.subList(1, febrl.size()))
        .allMatch(line -> line.split(", ", -1).length == 11)
        .allMatch(line -> line.matches("rec-\\d+-(org|dup-\\d+), .*"))
        .anyMatch(line -> line.contains("-dup-"));
    List<String> headerless = Files.readAllLines(dir.resolve("febrl-heldout-c-noheader.csv"));
    assertThat(headerless.get(0)).matches("rec-\\d+-(org|dup-\\d+), .*");
    assertThat(Files.readAllLines(dir.resolve("fake-heldout.csv")).get(0))
        .isEqualTo(Datasets.FAKE_HEADER);
    assertThat(Files.readAllLines(dir.resolve("historical-heldout.csv")).get(0))
        .isEqualTo(Datasets.HISTORICAL_HEADER);

    List<String> skipped = new ArrayList<>();
    List<Datasets.Dataset> found = Datasets.discover(dir, skipped);
    assertThat(found)
        .extracting(Datasets.Dataset::label)
        .containsExactly(
            "fake-heldout",
            "febrl-heldout-a",
            "febrl-heldout-a, no soc_sec_id",
            "febrl-heldout-b",
            "febrl-heldout-b, no soc_sec_id",
            "febrl-heldout-c-noheader",
            "febrl-heldout-c-noheader, no soc_sec_id",
            "historical-heldout");
    assertThat(skipped).isEmpty();
    for (Datasets.Dataset d : found) {
      CsvInput.Loaded loaded =
          new CsvInput(d.mapping(), CsvReader.DEFAULT_MAX_FIELD).read(d.file(), true);
      assertThat(loaded.truth()).as(d.label()).hasSize(loaded.records().size());
      Set<String> clusters = loaded.truth().stream().collect(Collectors.toSet());
      assertThat(clusters.size()).as(d.label()).isLessThan(loaded.records().size());
    }
  }

  @Test
  void aFileOfNoKnownShapeIsSkippedAndAMappingBesideAFileIsUsed() throws Exception {
    Files.writeString(dir.resolve("pairs.csv"), "left_id,right_id,match_probability\n");
    Files.writeString(
        dir.resolve("people.csv"), "id,first,last,group\na,Ann,Lee,1\nb,Anne,Lee,1\n");
    Files.writeString(
        dir.resolve("people.yml"),
        """
        header: true
        columns:
          id: id
          given_names: first
          family_name: last
        truth:
          cluster: group
        """);
    List<String> skipped = new ArrayList<>();
    List<Datasets.Dataset> found = Datasets.discover(dir, skipped);
    assertThat(found).extracting(Datasets.Dataset::label).containsExactly("people");
    assertThat(skipped).singleElement().asString().startsWith("pairs.csv: no known shape");
  }

  @Test
  void theHeldOutBenchmarkGeneratesItsDataAndReportsEveryDataset() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        new BenchmarkCommand(print(out), print(err))
            .run(
                new String[] {
                  "linkage-heldout", "--scale", "0.02", "--runs", "1", "--out", dir.toString()
                });
    assertThat(status).as(err.toString()).isZero();
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("Held-out data generated into")
        .contains("febrl-heldout-c-noheader, no soc_sec_id")
        .contains("historical-heldout")
        .contains("cand/s/t");
  }

  @Test
  void theGenerateCommandWritesTheFilesAndRefusesMistakes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    GenerateCommand command = new GenerateCommand(print(out), print(err));
    assertThat(command.run(new String[] {"linkage", "--out", dir.toString(), "--scale", "0.01"}))
        .isZero();
    assertThat(dir.resolve("historical-heldout.csv")).exists();
    assertThat(command.run(new String[] {"linkage"})).isEqualTo(LinkCommand.USAGE);
    assertThat(command.run(new String[] {"linkage", "--out", "x", "--scale", "0"}))
        .isEqualTo(LinkCommand.USAGE);
    assertThat(err.toString()).contains("--out is required").contains("--scale");
  }

  private static List<String> names(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
