package uk.harbour.missing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The missing benchmark's arithmetic: percentiles (the generator is SyntheticEpisodesTests'). */
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
}
