package uk.harbour.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The synthetic network of the issue 11 benchmarks: fictional, repeatable and skewed. */
class SyntheticNetworkTests {

  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

  @Test
  void aSeedMakesTheSameEntriesWithFictionalDetails() {
    SyntheticNetwork one = new SyntheticNetwork(7, 2_000, NOW);
    SyntheticNetwork again = new SyntheticNetwork(7, 2_000, NOW);

    assertThat(again.id(1999)).isEqualTo(one.id(1999));
    assertThat(again.entityRow(5, "Synthetic generator"))
        .isEqualTo(one.entityRow(5, "Synthetic generator"));
    for (int i = 0; i < one.size(); i++) {
      String row = one.entityRow(i, "Synthetic generator");
      String[] f = row.split("\t", -1);
      assertThat(f).hasSize(18);
      assertThat(f[1]).isEqualTo(one.kind(i).name());
      switch (one.kind(i)) {
        case VEHICLE -> assertThat(f[6]).startsWith("ZZ");
        case PHONE -> assertThat(f[9]).startsWith("07700 900");
        case PLACE -> assertThat(f[14]).startsWith("ZZ99 ");
        case ONLINE_ACCOUNT -> assertThat(f[11]).startsWith("synthetic_user_");
        case PERSON -> assertThat(f[3]).isNotBlank();
      }
    }
    assertThat(Arrays.stream(EntityKind.values()))
        .allMatch(
            k -> java.util.stream.IntStream.range(0, one.size()).anyMatch(i -> one.kind(i) == k));
  }

  @Test
  void mostEntriesHaveAFewLinksAndAFewHaveMany() {
    SyntheticNetwork network = new SyntheticNetwork(1, 10_000, NOW);
    int[] ends = new int[network.size()];
    Random random = new Random(2);
    for (int i = 0; i < 100_000; i++) {
      ends[network.pick(random)]++;
    }
    Arrays.sort(ends);

    assertThat(ends[ends.length / 2]).isBetween(1, 10);
    assertThat(ends[ends.length - 1]).isGreaterThan(50 * ends[ends.length / 2]);
  }

  @Test
  void theGeneratorsOptionsAreCheckedBeforeAnythingIsLoaded() {
    SyntheticNetworkLoad.Volumes v =
        SyntheticNetworkCommand.volumes(new String[] {"--entities", "500", "--links=900"});

    assertThat(v.entities()).isEqualTo(500);
    assertThat(v.links()).isEqualTo(900);
    assertThat(v.submissions()).isEqualTo(200_000);
    assertThat(v.childLinks()).isZero();
    assertThat(SyntheticNetworkCommand.volumes(new String[0]).childLinks()).isEqualTo(5_000);
    assertThatThrownBy(() -> SyntheticNetworkCommand.volumes(new String[] {"--people", "5"}))
        .hasMessageContaining("unknown option --people");
    assertThatThrownBy(() -> SyntheticNetworkCommand.volumes(new String[] {"--links", "0"}))
        .hasMessageContaining("positive");
  }
}
