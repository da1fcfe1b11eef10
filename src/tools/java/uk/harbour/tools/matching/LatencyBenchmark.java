package uk.harbour.tools.matching;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import uk.harbour.matching.Candidate;
import uk.harbour.matching.MatchIndex;
import uk.harbour.matching.MatchModel;
import uk.harbour.matching.PersonRecord;

/**
 * Times matching one new record against an index of synthetic children: p50 and p99 latency of
 * {@link MatchIndex#query}, and how often the child the probe was made from comes back first.
 */
final class LatencyBenchmark {

  private final PrintStream out;

  LatencyBenchmark(PrintStream out) {
    this.out = out;
  }

  void run(int[] sizes, int queries) {
    out.printf(
        Locale.ROOT,
        "%-10s %10s %9s %9s %9s %8s%n",
        "people",
        "build s",
        "p50 ms",
        "p99 ms",
        "max ms",
        "top-1");
    for (int size : sizes) {
      SyntheticPeople people = new SyntheticPeople(42L + size);
      List<PersonRecord> indexed = people.generate(size);
      long started = System.nanoTime();
      MatchIndex index = new MatchIndex(MatchModel.defaults());
      index.addAll(indexed);
      double build = (System.nanoTime() - started) / 1e9;
      SplittableRandom pick = new SplittableRandom(7L);
      for (int w = 0; w < Math.min(2000, queries); w++) {
        index.query(people.variant(indexed.get(pick.nextInt(size)), "warm" + w), 10);
      }
      long[] nanos = new long[queries];
      int top = 0;
      for (int q = 0; q < queries; q++) {
        PersonRecord source = indexed.get(pick.nextInt(size));
        PersonRecord probe = people.variant(source, "probe" + q);
        long t = System.nanoTime();
        List<Candidate> found = index.query(probe, 10);
        nanos[q] = System.nanoTime() - t;
        if (!found.isEmpty() && found.get(0).id().equals(source.id())) {
          top++;
        }
      }
      Arrays.sort(nanos);
      out.printf(
          Locale.ROOT,
          "%-10d %10.1f %9.2f %9.2f %9.2f %7.1f%%%n",
          size,
          build,
          nanos[queries / 2] / 1e6,
          nanos[(int) (queries * 0.99)] / 1e6,
          nanos[queries - 1] / 1e6,
          100.0 * top / queries);
    }
  }
}
