package uk.harbour.tools.synthetic;

import java.io.PrintStream;
import java.util.Locale;

/** Prints the benchmark's table: per page count, errors, p50, p95, p99 and max, then throughput. */
final class BenchmarkReport {

  private final PrintStream out;

  BenchmarkReport(PrintStream out) {
    this.out = out;
  }

  void print(LoadRun.Result result, String loadAfter) {
    out.println();
    out.printf(
        Locale.ROOT,
        "%-11s %8s %7s %8s %8s %8s %8s%n",
        "page",
        "count",
        "errors",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "max ms");
    Latencies all = new Latencies();
    for (int p = 0; p < result.pages().size(); p++) {
      Latencies l = result.perPage().get(p);
      row(result.pages().get(p).name(), l);
      all.addAll(l);
    }
    row("all pages", all);
    out.printf(
        Locale.ROOT,
        "%nThroughput: %.1f pages/s over %.1f s with %d users (%d could not sign in);"
            + " load average after %s%n",
        all.count() / result.measuredSeconds(),
        result.measuredSeconds(),
        result.users(),
        result.signInFailures(),
        loadAfter);
    roundTrips(result, all.count());
  }

  /** Database round trips per page, when Harbour counted them. */
  private void roundTrips(LoadRun.Result result, int pages) {
    if (result.roundTrips().stream().noneMatch(RoundTripCounts::any)) {
      out.println(
          "Database round trips: not counted (start Harbour with"
              + " HARBOUR_DIAGNOSTICS_ROUND_TRIPS=true to count them)");
      return;
    }
    out.printf(Locale.ROOT, "%nDatabase round trips per page (the request's own):%n");
    out.printf(Locale.ROOT, "%-11s %6s %6s %6s%n", "page", "min", "mean", "max");
    for (int p = 0; p < result.pages().size(); p++) {
      RoundTripCounts c = result.roundTrips().get(p);
      out.printf(
          Locale.ROOT,
          "%-11s %6d %6.2f %6d%n",
          result.pages().get(p).name(),
          c.min(),
          c.mean(),
          c.max());
    }
    if (result.backgroundRoundTrips() >= 0 && pages > 0) {
      out.printf(
          Locale.ROOT,
          "Outside requests (the audit writer appending each page's access event in groups,"
              + " scheduled jobs): %d round trips, %.3f per page%n",
          result.backgroundRoundTrips(),
          (double) result.backgroundRoundTrips() / pages);
    }
  }

  private void row(String name, Latencies l) {
    out.printf(
        Locale.ROOT,
        "%-11s %8d %7d %8.1f %8.1f %8.1f %8.1f%n",
        name,
        l.count(),
        l.errors(),
        l.percentile(50) / 1000.0,
        l.percentile(95) / 1000.0,
        l.percentile(99) / 1000.0,
        l.max() / 1000.0);
  }
}
