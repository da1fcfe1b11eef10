package uk.harbour.tools.matching;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.harbour.matching.LinkSettings;
import uk.harbour.matching.batch.LinkCommand;

/**
 * {@code benchmark linkage [--data DIR]... [--sizes 5000,50000,1000000] [--queries 1000] [--runs 2]
 * [--only text]}: every dataset found in each folder (default {@code ../shared/data/linkage}), then
 * query latency. {@code benchmark linkage-heldout [--seed N] [--scale 1] [--out DIR] [--runs 2]
 * [--only text]}: generates the held-out datasets ({@link HeldOutData}) and runs them the same way.
 */
final class BenchmarkCommand {

  static final String USAGE =
      "Usage: benchmark linkage [--data DIR]... [--sizes 5000,50000,1000000] [--queries 1000]"
          + " [--runs 2] [--only TEXT]\n"
          + "       benchmark linkage-heldout [--seed N] [--scale 1] [--out DIR] [--runs 2]"
          + " [--only TEXT]";

  private final PrintStream out;
  private final PrintStream err;

  BenchmarkCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(String[] args) {
    if (args.length == 0 || !(args[0].equals("linkage") || args[0].equals("linkage-heldout"))) {
      err.println(USAGE);
      return LinkCommand.USAGE;
    }
    boolean heldOut = args[0].equals("linkage-heldout");
    List<Path> folders = new ArrayList<>();
    int[] sizes = {5_000, 50_000, 1_000_000};
    int queries = heldOut ? 0 : 1000;
    int runs = 2;
    String only = null;
    long seed = HeldOutData.SEED;
    double scale = 1;
    Path generated = null;
    try {
      if ((args.length - 1) % 2 != 0) {
        throw new IllegalArgumentException(args[args.length - 1] + " needs a value");
      }
      for (int i = 1; i + 1 < args.length; i += 2) {
        String value = args[i + 1];
        switch (args[i]) {
          case "--data" -> folders.add(Path.of(value));
          case "--sizes" ->
              sizes = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
          case "--queries" -> queries = Integer.parseInt(value);
          case "--runs" -> runs = Integer.parseInt(value);
          case "--only" -> only = value;
          case "--seed" -> seed = Long.parseLong(value);
          case "--scale" -> scale = Double.parseDouble(value);
          case "--out" -> generated = Path.of(value);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (runs < 1) {
        throw new IllegalArgumentException("--runs must be at least 1");
      }
    } catch (IllegalArgumentException e) {
      err.println("benchmark: " + e.getMessage());
      err.println(USAGE);
      return LinkCommand.USAGE;
    }
    Runtime rt = Runtime.getRuntime();
    out.printf(
        "Harbour linkage benchmark, %s, %d processors, max heap %d MB, Java %s%n%n",
        LocalDate.now(),
        rt.availableProcessors(),
        rt.maxMemory() >> 20,
        System.getProperty("java.version"));
    try {
      if (heldOut) {
        Path into =
            generated != null ? generated : Files.createTempDirectory("harbour-heldout-linkage-");
        List<HeldOutData.File> files = new HeldOutData(seed, scale).writeTo(into);
        out.printf("Held-out data generated into %s (seed %d, scale %s):%n", into, seed, scale);
        files.forEach(f -> out.printf("  %s: %,d records, %s%n", f.name(), f.records(), f.shape()));
        out.println();
        folders = List.of(into);
      } else if (folders.isEmpty()) {
        folders = List.of(Path.of("../shared/data/linkage"));
      }
      LinkSettings settings = LinkSettings.defaults();
      for (Path folder : folders) {
        out.printf(
            "Datasets (%s), threshold %.2f, %d threads, last of %d runs (warm):%n",
            folder, settings.threshold(), settings.threads(), runs);
        new LinkageBenchmark(out, settings, runs).run(folder, only);
        out.println();
      }
      if (sizes.length > 0 && queries > 0) {
        out.printf("One new record against synthetic people (%d queries each):%n", queries);
        new LatencyBenchmark(out).run(sizes, queries);
      }
      return LinkCommand.OK;
    } catch (Exception e) {
      err.println("benchmark: " + e);
      return LinkCommand.BAD_INPUT;
    }
  }
}
