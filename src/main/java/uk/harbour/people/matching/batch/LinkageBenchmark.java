package uk.harbour.people.matching.batch;

import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import uk.harbour.people.matching.LinkResult;
import uk.harbour.people.matching.LinkSettings;
import uk.harbour.people.matching.Linker;

/**
 * Runs the linkage benchmark datasets end to end (read, link, score) and prints, for each, the
 * candidate pairs, pair completeness, precision, recall, F1 and F0.5 at the default threshold, the
 * F0.5 the best threshold would have reached, wall time, scored pairs per second per thread and
 * peak heap.
 */
final class LinkageBenchmark {

  /** One dataset: its file, the mapping to read it with, and a label. */
  record Dataset(String label, String file, String config) {}

  static final List<Dataset> DATASETS =
      List.of(
          new Dataset("FEBRL dataset1", "dataset1.csv", "febrl.yml"),
          new Dataset("FEBRL dataset1, no soc_sec_id", "dataset1.csv", "febrl-without-ssn.yml"),
          new Dataset("FEBRL dataset2", "dataset2.csv", "febrl.yml"),
          new Dataset("FEBRL dataset2, no soc_sec_id", "dataset2.csv", "febrl-without-ssn.yml"),
          new Dataset("FEBRL dataset3", "dataset3.csv", "febrl.yml"),
          new Dataset("FEBRL dataset3, no soc_sec_id", "dataset3.csv", "febrl-without-ssn.yml"),
          new Dataset("FEBRL 20k", "febrl-20k-noheader.csv", "febrl-noheader.yml"),
          new Dataset(
              "FEBRL 20k, no soc_sec_id",
              "febrl-20k-noheader.csv",
              "febrl-noheader-without-ssn.yml"),
          new Dataset("fake_1000", "fake_1000.csv", "fake-1000.yml"),
          new Dataset("historical_50k", "historical_50k.csv", "historical-50k.yml"));

  private final PrintStream out;
  private final LinkSettings settings;
  private final int runs;

  LinkageBenchmark(PrintStream out, LinkSettings settings, int runs) {
    this.out = out;
    this.settings = settings;
    this.runs = runs;
  }

  void run(Path folder, String only) throws Exception {
    out.printf(
        Locale.ROOT,
        "%-30s %7s %9s %6s %6s %6s %6s %6s %12s %8s %9s %7s%n",
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
        "peak MB");
    for (Dataset d : DATASETS) {
      Path file = folder.resolve(d.file());
      if ((only != null && !d.label().contains(only)) || !Files.exists(file)) {
        continue;
      }
      ColumnMapping mapping = mapping(d.config());
      CsvInput.Loaded loaded = null;
      LinkResult result = null;
      long wall = 0;
      long peak = 0;
      for (int r = 0; r < runs; r++) {
        System.gc();
        resetPeaks();
        long started = System.nanoTime();
        loaded = new CsvInput(mapping, CsvReader.DEFAULT_MAX_FIELD).read(file, true);
        result = Linker.deduplicate(loaded.records(), settings);
        result.clusters(settings.threshold());
        wall = System.nanoTime() - started;
        peak = peakHeap();
      }
      Evaluation e = Evaluation.of(result, loaded.truth(), settings.threshold());
      Evaluation best = Evaluation.bestF05(result, loaded.truth());
      LinkResult.Stats s = result.stats();
      double perThread = s.comparedPairs() / (s.compareNanos() / 1e9) / settings.threads();
      out.printf(
          Locale.ROOT,
          "%-30s %7d %9d %6.4f %6.4f %6.4f %6.4f %6.4f %6.4f@%.3f %8d %9.0f %7d%n",
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
          peak >> 20);
    }
  }

  static ColumnMapping mapping(String config) throws Exception {
    try (InputStream in =
        LinkageBenchmark.class.getResourceAsStream("/matching/configs/" + config)) {
      return ColumnMapping.parse(config, in);
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
