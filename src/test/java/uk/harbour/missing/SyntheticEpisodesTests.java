package uk.harbour.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SyntheticEpisodesTests {

  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  @Test
  void countsFallAwaySteeplyAndAddUpToTheTotal() {
    int[] counts = SyntheticEpisodes.counts(500_000, 16_666);
    assertThat(IntStream.of(counts).sum()).isEqualTo(500_000);
    assertThat(counts[0]).isGreaterThan(counts[100]).isGreaterThan(50 * counts[16_000]);
    assertThat(IntStream.of(counts).min().orElseThrow()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void eachChildsEpisodesNeverOverlapAndAtMostTheLastIsOpen() {
    List<SyntheticEpisodes.Episode> all = generate(1, 20_000);
    assertThat(all.size()).isBetween(19_000, 20_000);
    Map<UUID, List<SyntheticEpisodes.Episode>> byChild =
        all.stream().collect(Collectors.groupingBy(SyntheticEpisodes.Episode::child));
    for (List<SyntheticEpisodes.Episode> episodes : byChild.values()) {
      episodes.sort(Comparator.comparing(SyntheticEpisodes.Episode::startAt));
      for (int i = 0; i < episodes.size(); i++) {
        SyntheticEpisodes.Episode e = episodes.get(i);
        assertThat(e.startAt()).isBefore(NOW);
        if (i < episodes.size() - 1) {
          assertThat(e.returnedAt()).isNotNull().isBefore(episodes.get(i + 1).startAt());
        }
        if (e.returnedAt() != null) {
          assertThat(e.returnedAt()).isAfter(e.startAt());
          assertThat(e.interview()).isNotNull();
          assertThat(e.interview().dueAt()).isEqualTo(e.returnedAt().plusSeconds(72 * 3600));
        } else {
          assertThat(e.interview()).isNull();
        }
        if (e.lastSeenAt() != null) {
          assertThat(e.lastSeenAt()).isBeforeOrEqualTo(e.startAt());
        }
      }
    }
  }

  @Test
  void someInterviewsAreOverdueAndSomeFoundLocationsRecurAcrossChildren() {
    List<SyntheticEpisodes.Episode> all = generate(2, 20_000);
    long overdue =
        all.stream()
            .filter(e -> e.interview() != null && e.interview().outcome() == null)
            .filter(e -> e.interview().dueAt().isBefore(NOW))
            .count();
    assertThat(overdue).isPositive().isLessThan(all.size() / 5);
    Map<String, Long> childrenPerLocation =
        all.stream()
            .filter(e -> e.foundAddress() != null)
            .collect(
                Collectors.groupingBy(
                    e -> MissingEpisode.Found.locationKey(e.foundAddress(), e.foundPostcode()),
                    Collectors.mapping(SyntheticEpisodes.Episode::child, Collectors.toSet())))
            .entrySet()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, x -> (long) x.getValue().size()));
    assertThat(childrenPerLocation.values().stream().mapToLong(Long::longValue).max().orElse(0))
        .isGreaterThan(10);
  }

  @Test
  void theSameSeedGivesTheSameEpisodes() {
    assertThat(generate(7, 2_000).stream().map(e -> e.startAt() + e.riskGrade()).toList())
        .isEqualTo(generate(7, 2_000).stream().map(e -> e.startAt() + e.riskGrade()).toList());
  }

  private static List<SyntheticEpisodes.Episode> generate(long seed, int total) {
    List<UUID> children =
        IntStream.range(0, 6_000).mapToObj(i -> new UUID(1, i)).collect(Collectors.toList());
    List<UUID> staff = IntStream.range(0, 50).mapToObj(i -> new UUID(2, i)).toList();
    List<SyntheticEpisodes.Episode> all = new ArrayList<>();
    new SyntheticEpisodes(seed, NOW, children, staff, List.of(), 3_000).generate(total, all::add);
    return all;
  }
}
