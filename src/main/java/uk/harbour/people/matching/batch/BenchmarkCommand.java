package uk.harbour.people.matching.batch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import uk.harbour.people.matching.LinkSettings;

/**
 * {@code benchmark linkage [--data ../shared/data/linkage] [--sizes 5000,50000,1000000] [--queries
 * 1000] [--runs 2] [--only text]}: the linkage datasets, then query latency.
 */
final class BenchmarkCommand {

  private final PrintStream out;
  private final PrintStream err;

  BenchmarkCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(String[] args) {
    if (args.length == 0 || !args[0].equals("linkage")) {
      err.println(
          "Usage: benchmark linkage [--data DIR] [--sizes 5000,50000,1000000]"
              + " [--queries 1000] [--runs 2] [--only TEXT]");
      return LinkCommand.USAGE;
    }
    Path data = Path.of("../shared/data/linkage");
    int[] sizes = {5_000, 50_000, 1_000_000};
    int queries = 1000;
    int runs = 2;
    String only = null;
    try {
      for (int i = 1; i + 1 < args.length; i += 2) {
        switch (args[i]) {
          case "--data" -> data = Path.of(args[i + 1]);
          case "--sizes" ->
              sizes = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
          case "--queries" -> queries = Integer.parseInt(args[i + 1]);
          case "--runs" -> runs = Integer.parseInt(args[i + 1]);
          case "--only" -> only = args[i + 1];
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
    } catch (IllegalArgumentException e) {
      err.println("benchmark: " + e.getMessage());
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
      LinkSettings settings = LinkSettings.defaults();
      out.printf(
          "Datasets (%s), threshold %.2f, %d threads, last of %d runs (warm):%n",
          data, settings.threshold(), settings.threads(), runs);
      new LinkageBenchmark(out, settings, runs).run(data, only);
      if (sizes.length > 0 && queries > 0) {
        out.printf("%nOne new record against synthetic people (%d queries each):%n", queries);
        new LatencyBenchmark(out).run(sizes, queries);
      }
      return LinkCommand.OK;
    } catch (Exception e) {
      err.println("benchmark: " + e);
      return LinkCommand.BAD_INPUT;
    }
  }
}
