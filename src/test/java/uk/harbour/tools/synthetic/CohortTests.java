package uk.harbour.tools.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Chronology lengths and caseloads add up exactly and stay in range. */
class CohortTests {

  @Test
  void chronologyEntriesAddUpToTheTotalAndEveryCaseHasItsOpeningAndAllocation() {
    int[] counts = Cohort.spread(1001, 20_017, new Random(7));
    assertThat(Arrays.stream(counts).asLongStream().sum()).isEqualTo(20_017);
    assertThat(Arrays.stream(counts).min().orElseThrow()).isGreaterThanOrEqualTo(2);
    assertThat(Arrays.stream(counts).distinct().count()).as("lengths vary").isGreaterThan(5);
  }

  @Test
  void caseloadsAreFifteenToTwentyFiveAndCoverEveryChild() {
    int[] loads = StaffPool.caseloads(10_000, new Random(3));
    assertThat(Arrays.stream(loads).sum()).isEqualTo(10_000);
    assertThat(Arrays.stream(loads, 0, loads.length - 1)).allMatch(l -> l >= 15 && l <= 25);
    int[] of = GenerateCommand.keyWorkerOfChild(loads);
    assertThat(of).hasSize(10_000);
    assertThat(of[of.length - 1]).isEqualTo(loads.length - 1);
  }
}
