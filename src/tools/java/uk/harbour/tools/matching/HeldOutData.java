package uk.harbour.tools.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generates a held-out linkage benchmark: files in the shapes of the shared data (FEBRL with and
 * without a header, Splink's fake_1000 and historical_50k) that the engine has never seen, from
 * invented people (names drawn at random from word lists, so nobody real), with a fixed seed so
 * every run writes the same files. {@code scale} shrinks or grows every file (1 = the sizes of the
 * shared files).
 */
final class HeldOutData {

  /** The default seed: the figures in docs/benchmarks.md are for the files it writes. */
  static final long SEED = 20261202L;

  /** One generated file. */
  record File(String name, int records, String shape) {}

  private final long seed;
  private final double scale;
  private final HeldOutLists lists = new HeldOutLists();

  HeldOutData(long seed, double scale) {
    if (!(scale > 0 && scale <= 10)) {
      throw new IllegalArgumentException("--scale must be above 0 and at most 10");
    }
    this.seed = seed;
    this.scale = scale;
  }

  /** Writes every file into {@code folder} (created if missing) and lists what it wrote. */
  List<File> writeTo(Path folder) throws IOException {
    Files.createDirectories(folder);
    List<File> files = new ArrayList<>();
    files.add(febrl(folder, "febrl-heldout-a.csv", true, 2000, 3000, 5, 3, 1));
    files.add(febrl(folder, "febrl-heldout-b.csv", true, 4000, 1000, 5, 3, 2));
    files.add(febrl(folder, "febrl-heldout-c-noheader.csv", false, 19000, 1000, 1, 3, 3));
    int fake = n(250);
    new SplinkStyle(lists, seed + 4).writeFake(folder.resolve("fake-heldout.csv"), fake);
    files.add(new File("fake-heldout.csv", lines(folder.resolve("fake-heldout.csv")), "fake_1000"));
    int historical = n(5000);
    new SplinkStyle(lists, seed + 5)
        .writeHistorical(folder.resolve("historical-heldout.csv"), historical);
    files.add(
        new File(
            "historical-heldout.csv",
            lines(folder.resolve("historical-heldout.csv")),
            "historical_50k"));
    Files.writeString(folder.resolve("README.txt"), readme(files), StandardCharsets.UTF_8);
    return files;
  }

  private File febrl(
      Path folder,
      String name,
      boolean header,
      int originals,
      int duplicates,
      int perOriginal,
      int maxEdits,
      int part)
      throws IOException {
    int o = n(originals);
    int d = Math.min(n(duplicates), o * perOriginal);
    new FebrlStyle(lists, seed + part)
        .write(folder.resolve(name), header, o, d, perOriginal, maxEdits);
    return new File(name, o + d, header ? "FEBRL" : "FEBRL without a header");
  }

  private int n(int full) {
    return Math.max(10, (int) Math.round(full * scale));
  }

  private static int lines(Path file) throws IOException {
    try (var l = Files.lines(file)) {
      return (int) l.count() - 1;
    }
  }

  private String readme(List<File> files) {
    StringBuilder s = new StringBuilder();
    s.append("Held-out record-linkage data written by Harbour's generator (")
        .append("./harbour-tools generate linkage), seed ")
        .append(seed)
        .append(String.format(Locale.ROOT, ", scale %.2f.%n", scale))
        .append("Invented people: names drawn at random from word lists, nobody real.\n")
        .append("Ground truth: FEBRL ids rec-<N>-org / rec-<N>-dup-<k>; the cluster column.\n\n");
    for (File f : files) {
      s.append(f.name()).append(": ").append(f.records()).append(" records, ").append(f.shape());
      s.append('\n');
    }
    return s.toString();
  }
}
