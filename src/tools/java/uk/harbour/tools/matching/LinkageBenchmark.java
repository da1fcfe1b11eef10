package uk.harbour.tools.matching;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.harbour.matching.LinkResult;
import uk.harbour.matching.LinkSettings;
import uk.harbour.matching.Linker;
import uk.harbour.matching.batch.CsvInput;
import uk.harbour.matching.batch.CsvReader;

/**
 * Runs the linkage benchmark datasets found in a folder ({@link Datasets}) end to end (read, link,
 * score) and prints, for each, the candidate pairs, pair completeness, precision, recall, F1 and
 * F0.5 at the default threshold, the F0.5 the best threshold would have reached, wall time, scored
 * pairs per second per thread (candidate and random pairs over the time comparing both; and
 * candidate pairs alone over their own time) and peak heap.
 */
final class LinkageBenchmark {

  private final PrintStream out;
  private final LinkSettings settings;
  private final int runs;

  LinkageBenchmark(PrintStream out, LinkSettings settings, int runs) {
    this.out = out;
    this.settings = settings;
    this.runs = runs;
  }

  /** Runs every dataset found in {@code folder} whose label contains {@code only} (if given). */
  void run(Path folder, String only) throws Exception {
    List<String> skipped = new ArrayList<>();
    List<Datasets.Dataset> datasets = Datasets.discover(folder, skipped);
    out.printf(
        Locale.ROOT,
        "%-36s %7s %9s %6s %6s %6s %6s %6s %12s %8s %9s %9s %7s%n",
        "dataset",
        "records",
        "cand",
        "PC",
        "prec",
        "recall",
        "F1",
        "F0.5",
        "bestF0.5@p",
        "wall ms",
        "pairs/s/t",
        "cand/s/t",
        "peak MB");
    for (Datasets.Dataset d : datasets) {
      if (only != null && !d.label().contains(only)) {
        continue;
      }
      CsvInput.Loaded loaded = null;
      LinkResult result = null;
      long wall = 0;
      long peak = 0;
      for (int r = 0; r < runs; r++) {
        System.gc();
        resetPeaks();
        long started = System.nanoTime();
        loaded = new CsvInput(d.mapping(), CsvReader.DEFAULT_MAX_FIELD).read(d.file(), true);
        result = Linker.deduplicate(loaded.records(), settings);
        result.clusters(settings.threshold());
        wall = System.nanoTime() - started;
        peak = peakHeap();
      }
      if (loaded.truth() == null) {
        out.printf("%-36s no ground truth in its mapping: skipped%n", d.label());
        continue;
      }
      Evaluation e = Evaluation.of(result, loaded.truth(), settings.threshold());
      Evaluation best = Evaluation.bestF05(result, loaded.truth());
      LinkResult.Stats s = result.stats();
      double perThread = s.comparedPairs() / (s.compareNanos() / 1e9) / settings.threads();
      double candidatesPerThread =
          s.candidatePairs() / (s.candidateNanos() / 1e9) / settings.threads();
      out.printf(
          Locale.ROOT,
          "%-36s %7d %9d %6.4f %6.4f %6.4f %6.4f %6.4f %6.4f@%.3f %8d %9.0f %9.0f %7d%n",
          d.label(),
          loaded.records().size(),
          s.candidatePairs(),
          e.pairCompleteness(),
          e.precision(),
          e.recall(),
          e.f(1),
          e.f(0.5),
          best.f(0.5),
          best.threshold(),
          wall / 1_000_000,
          perThread,
          candidatesPerThread,
          peak >> 20);
    }
    for (String line : skipped) {
      out.println("  skipped " + line);
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
