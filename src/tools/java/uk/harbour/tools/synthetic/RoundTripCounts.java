package uk.harbour.tools.synthetic;

import java.util.Arrays;

/**
 * The database round trips each measured request of one kind of page made, as Harbour reported them
 * (only when it counts them: {@code HARBOUR_DIAGNOSTICS_ROUND_TRIPS=true}).
 */
final class RoundTripCounts {

  private long[] counts = new long[1024];
  private int size;

  void record(long roundTrips) {
    if (roundTrips < 0) {
      return;
    }
    if (size == counts.length) {
      counts = Arrays.copyOf(counts, size * 2);
    }
    counts[size++] = roundTrips;
  }

  void addAll(RoundTripCounts other) {
    for (int i = 0; i < other.size; i++) {
      record(other.counts[i]);
    }
  }

  /** Whether Harbour reported any counts (it does only when asked to count them). */
  boolean any() {
    return size > 0;
  }

  long min() {
    return Arrays.stream(counts, 0, size).min().orElse(0);
  }

  long max() {
    return Arrays.stream(counts, 0, size).max().orElse(0);
  }

  double mean() {
    return Arrays.stream(counts, 0, size).average().orElse(0);
  }
}
