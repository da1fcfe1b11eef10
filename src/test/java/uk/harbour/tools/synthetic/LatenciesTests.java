package uk.harbour.tools.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The benchmark's percentile arithmetic: nearest rank over the recorded times. */
class LatenciesTests {

  @Test
  void percentilesAreNearestRankOverTheSortedTimes() {
    Latencies l = new Latencies();
    for (int i = 100; i >= 1; i--) {
      l.record(i * 1000L, true);
    }
    assertThat(l.count()).isEqualTo(100);
    assertThat(l.percentile(50)).isEqualTo(50_000);
    assertThat(l.percentile(95)).isEqualTo(95_000);
    assertThat(l.percentile(99)).isEqualTo(99_000);
    assertThat(l.percentile(100)).isEqualTo(100_000);
    assertThat(l.percentile(0.5)).isEqualTo(1_000);
    assertThat(l.max()).isEqualTo(100_000);
  }

  @Test
  void aPercentileBetweenRanksRoundsUpToTheNextRecordedTime() {
    Latencies l = new Latencies();
    long[] times = {7, 3, 9, 1, 5};
    for (long t : times) {
      l.record(t, true);
    }
    // ranks: 1 3 5 7 9; p50 of 5 is rank ceil(2.5) = 3, p95 is rank ceil(4.75) = 5
    assertThat(l.percentile(50)).isEqualTo(5);
    assertThat(l.percentile(95)).isEqualTo(9);
    assertThat(l.percentile(20)).isEqualTo(1);
    assertThat(l.percentile(21)).isEqualTo(3);
  }

  @Test
  void oneTimeIsEveryPercentileAndNoTimesGiveZero() {
    Latencies one = new Latencies();
    one.record(42, false);
    assertThat(one.percentile(50)).isEqualTo(42);
    assertThat(one.percentile(99)).isEqualTo(42);
    assertThat(one.errors()).isEqualTo(1);
    Latencies none = new Latencies();
    assertThat(none.percentile(95)).isZero();
    assertThat(none.max()).isZero();
    assertThatThrownBy(() -> none.percentile(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mergingKeepsEveryTimeAndError() {
    Latencies a = new Latencies();
    Latencies b = new Latencies();
    for (int i = 1; i <= 2000; i++) {
      (i % 2 == 0 ? a : b).record(i, i % 10 != 0);
    }
    Latencies all = new Latencies();
    all.addAll(a);
    all.addAll(b);
    assertThat(all.count()).isEqualTo(2000);
    assertThat(all.errors()).isEqualTo(200);
    assertThat(all.percentile(50)).isEqualTo(1000);
    assertThat(all.percentile(99)).isEqualTo(1980);
  }
}
