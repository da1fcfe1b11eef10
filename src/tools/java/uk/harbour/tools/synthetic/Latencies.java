package uk.harbour.tools.synthetic;

import java.util.Arrays;

/**
 * Response times of one kind of page, in microseconds, and the figures the benchmark prints. A
 * percentile is the nearest-rank one: the smallest recorded time that at least that share of the
 * requests took no longer than.
 */
final class Latencies {

  private long[] micros = new long[1024];
  private int count;
  private int errors;
  private boolean sorted;

  void record(long elapsedMicros, boolean ok) {
    if (!ok) {
      errors++;
    }
    if (count == micros.length) {
      micros = Arrays.copyOf(micros, count * 2);
    }
    micros[count++] = elapsedMicros;
    sorted = false;
  }

  /** Adds another set's times and errors to these. */
  void addAll(Latencies other) {
    for (int i = 0; i < other.count; i++) {
      record(other.micros[i], true);
    }
    errors += other.errors;
  }

  int count() {
    return count;
  }

  int errors() {
    return errors;
  }

  /**
   * The nearest-rank percentile in microseconds, 0 when nothing was recorded.
   *
   * @param percent above 0 and at most 100
   */
  long percentile(double percent) {
    if (percent <= 0 || percent > 100) {
      throw new IllegalArgumentException("percent must be above 0 and at most 100");
    }
    if (count == 0) {
      return 0;
    }
    sort();
    int rank = (int) Math.ceil(percent * count / 100.0);
    return micros[Math.max(1, rank) - 1];
  }

  long max() {
    if (count == 0) {
      return 0;
    }
    sort();
    return micros[count - 1];
  }

  private void sort() {
    if (!sorted) {
      Arrays.sort(micros, 0, count);
      sorted = true;
    }
  }
}
