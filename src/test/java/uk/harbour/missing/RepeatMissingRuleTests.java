package uk.harbour.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The repeat missing rule: a third episode within 90 days crosses it, once per run. */
class RepeatMissingRuleTests {

  static final Instant DAY0 = Instant.parse("2026-01-05T18:00:00Z");
  final RepeatMissingRule rule = new RepeatMissingRule(3, 90);

  static List<Instant> days(int... days) {
    return IntStream.of(days).mapToObj(d -> DAY0.plus(Duration.ofDays(d))).toList();
  }

  @Test
  void theThirdEpisodeWithinNinetyDaysCrossesIt() {
    List<RepeatMissingRule.Crossing> crossings = rule.crossings(days(0, 30, 60));
    assertThat(crossings).hasSize(1);
    assertThat(crossings.get(0).episodeIndex()).isEqualTo(2);
    assertThat(crossings.get(0).count()).isEqualTo(3);
    assertThat(crossings.get(0).firstStart()).isEqualTo(DAY0);
    assertThat(crossings.get(0).lastStart()).isEqualTo(DAY0.plus(Duration.ofDays(60)));
  }

  @Test
  void twoEpisodesOrThreeSpreadOverMoreThanNinetyDaysDoNot() {
    assertThat(rule.crossings(days(0, 30))).isEmpty();
    assertThat(rule.crossings(days(0, 50, 91))).isEmpty();
    assertThat(rule.crossings(List.of())).isEmpty();
  }

  @Test
  void theWindowIncludesAnEpisodeExactlyNinetyDaysBefore() {
    assertThat(rule.crossings(days(0, 45, 90))).hasSize(1);
  }

  @Test
  void laterEpisodesOfTheSameRunDoNotCrossItAgain() {
    List<Instant> starts = days(0, 10, 20, 30, 95, 100);
    assertThat(rule.crossings(starts)).extracting(c -> c.episodeIndex()).containsExactly(2);
    assertThat(rule.reachedWith(starts, 3)).isEmpty();
    assertThat(rule.reachedWith(starts, 5)).isEmpty();
  }

  @Test
  void aNewRunAfterAQuietSpellCrossesItAgain() {
    List<Instant> starts = days(0, 10, 20, 200, 210, 220);
    assertThat(rule.crossings(starts)).extracting(c -> c.episodeIndex()).containsExactly(2, 5);
    assertThat(rule.reachedWith(starts, 5)).map(c -> c.episodeIndex()).contains(5);
  }

  @Test
  void anEpisodeRecordedLateThatCompletesAWindowReachesIt() {
    // episodes on days 0 and 60 are recorded; one on day 30 is recorded afterwards
    List<Instant> starts = days(0, 30, 60);
    assertThat(rule.reachedWith(starts, 1)).map(c -> c.episodeIndex()).contains(2);
    assertThat(rule.reachedWith(starts, 2)).isPresent();
    assertThat(rule.reachedWith(starts, 0)).isPresent();
  }

  @Test
  void theThresholdIsConfigurable() {
    RepeatMissingRule twoInSeven = new RepeatMissingRule(2, 7);
    assertThat(twoInSeven.crossings(days(0, 7))).hasSize(1);
    assertThat(twoInSeven.crossings(days(0, 8))).isEmpty();
    assertThat(new RepeatMissingProperties(5, 30).rule()).isEqualTo(new RepeatMissingRule(5, 30));
  }

  @Test
  void settingsThatMakeNoSenseAreRefused() {
    assertThatThrownBy(() -> new RepeatMissingProperties(1, 90))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RepeatMissingProperties(3, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rule.crossings(days(10, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
