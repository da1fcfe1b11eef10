package uk.harbour.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The missing benchmark's arithmetic: percentiles and the skewed choice of addresses. */
class PatternBenchmarkTests {

  @Test
  void percentilesAreNearestRankInMilliseconds() {
    long[] sorted = new long[100];
    for (int i = 0; i < 100; i++) {
      sorted[i] = (i + 1) * 1_000_000L;
    }
    assertThat(PatternBenchmark.rank(sorted, 50)).isEqualTo(50.0);
    assertThat(PatternBenchmark.rank(sorted, 95)).isEqualTo(95.0);
    assertThat(PatternBenchmark.rank(new long[0], 95)).isZero();
  }

  @Test
  void addressesAreDrawnWithAFewRecurringMuchMoreThanMost() {
    Random random = new Random(1);
    double[] weights = PatternSyntheticEpisodes.paretoWeights(1_000, random);
    int[] counts = new int[1_000];
    for (int i = 0; i < 100_000; i++) {
      counts[PatternSyntheticEpisodes.draw(weights, random)]++;
    }
    int max = java.util.Arrays.stream(counts).max().orElseThrow();
    assertThat(max).as("the busiest address").isGreaterThan(100_000 / 1_000 * 5);
    assertThat(weights[weights.length - 1])
        .isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
  }
}
