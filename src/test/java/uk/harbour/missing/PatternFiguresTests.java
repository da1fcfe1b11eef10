package uk.harbour.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A child's missing pattern worked out from their episodes, chart by chart. */
class PatternFiguresTests {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final Instant NOW = Instant.parse("2026-06-20T12:00:00Z");

  /** Words as "key[args]", so the tests see which message and arguments were asked for. */
  final PatternFigures figures =
      new PatternFigures(
          (key, args) ->
              args.length == 0
                  ? key
                  : key
                      + Arrays.stream(args)
                          .map(String::valueOf)
                          .collect(Collectors.joining(",", "[", "]")),
          LONDON);

  static PatternFigures.Episode episode(String start, long hours, String foundAt, String... with) {
    Instant s = Instant.parse(start);
    return new PatternFigures.Episode(s, s.plus(Duration.ofHours(hours)), foundAt, List.of(with));
  }

  static List<Long> counts(PatternChart chart) {
    return chart.bars().stream().map(PatternChart.Bar::value).toList();
  }

  static List<String> labels(PatternChart chart) {
    return chart.bars().stream().map(PatternChart.Bar::label).toList();
  }

  @Test
  void episodesPerMonthCoverTheLastTwelveMonthsWithEmptyMonthsShown() {
    PatternChart chart =
        figures.perMonth(
            List.of(
                episode("2026-06-01T20:00:00Z", 5, null),
                episode("2026-06-10T20:00:00Z", 5, null),
                episode("2026-03-10T20:00:00Z", 5, null),
                episode("2025-01-10T20:00:00Z", 5, null)),
            NOW);
    assertThat(labels(chart)).hasSize(12).startsWith("July 2025").endsWith("June 2026");
    assertThat(counts(chart).get(11)).isEqualTo(2);
    assertThat(counts(chart).get(8)).isEqualTo(1);
    assertThat(chart.total()).isEqualTo(3);
    assertThat(chart.description()).isEqualTo("missing.pattern.summary[3,June 2026,2]");
    assertThat(chart.id()).isEqualTo("pattern-months");
  }

  @Test
  void monthsAndDaysAreCountedInLondonTime() {
    // 23:30 UTC on 31 May is 00:30 on 1 June in London (summer time), a Monday
    PatternFigures.Episode late = episode("2026-05-31T23:30:00Z", 2, null);
    assertThat(counts(figures.perMonth(List.of(late), NOW)).get(11)).isEqualTo(1);
    assertThat(counts(figures.daysOfWeek(List.of(late))))
        .containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L);
    assertThat(counts(figures.timesOfDay(List.of(late)))).containsExactly(1L, 0L, 0L, 0L, 0L, 0L);
  }

  @Test
  void durationsFallInBandsAndAnEpisodeStillOpenIsCountedAsStillMissing() {
    PatternChart chart =
        figures.durations(
            List.of(
                episode("2026-06-01T20:00:00Z", 2, null),
                episode("2026-06-02T20:00:00Z", 6, null),
                episode("2026-06-03T20:00:00Z", 30, null),
                episode("2026-06-04T20:00:00Z", 200, null),
                new PatternFigures.Episode(
                    Instant.parse("2026-06-05T20:00:00Z"), null, null, List.of())));
    assertThat(counts(chart)).containsExactly(1L, 1L, 1L, 0L, 1L, 1L);
    assertThat(labels(chart))
        .containsExactly(
            "missing.pattern.duration.under[missing.pattern.hours[6]]",
            "missing.pattern.duration.between[missing.pattern.hours[6],missing.pattern.days[1]]",
            "missing.pattern.duration.between[missing.pattern.days[1],missing.pattern.days[3]]",
            "missing.pattern.duration.between[missing.pattern.days[3],missing.pattern.days[7]]",
            "missing.pattern.duration.over[missing.pattern.days[7]]",
            "missing.pattern.duration.open");
  }

  @Test
  void whereFoundListsTheMostFrequentFirstAndCountsTheRestTogether() {
    List<PatternFigures.Episode> episodes = new java.util.ArrayList<>();
    episodes.add(episode("2026-06-01T20:00:00Z", 2, "Flat 3, Canal Street"));
    episodes.add(episode("2026-06-02T20:00:00Z", 2, "Flat 3, Canal Street "));
    episodes.add(episode("2026-06-03T20:00:00Z", 2, "Bus station"));
    episodes.add(episode("2026-06-04T20:00:00Z", 2, null));
    for (int i = 0; i < 11; i++) {
      episodes.add(episode("2026-06-05T20:00:00Z", 2, "Place " + (char) ('A' + i)));
    }
    PatternChart chart = figures.foundAt(episodes);
    assertThat(labels(chart).get(0)).isEqualTo("Flat 3, Canal Street");
    assertThat(counts(chart).get(0)).isEqualTo(2);
    assertThat(chart.bars()).hasSize(11);
    assertThat(labels(chart).get(10)).isEqualTo("missing.pattern.others[3]");
    assertThat(counts(chart).get(10)).isEqualTo(3);
    assertThat(chart.total()).isEqualTo(14);
  }

  @Test
  void whoWithCountsEachPersonOncePerEpisode() {
    PatternChart chart =
        figures.foundWith(
            List.of(
                episode(
                    "2026-06-01T20:00:00Z",
                    2,
                    null,
                    "Silver Audi A3",
                    "Adult male, known as T",
                    "Silver Audi A3"),
                episode("2026-06-02T20:00:00Z", 2, null, "Silver Audi A3")));
    assertThat(labels(chart)).containsExactly("Silver Audi A3", "Adult male, known as T");
    assertThat(counts(chart)).containsExactly(2L, 1L);
  }

  @Test
  void timesOfDayAreFourHourBands() {
    PatternChart chart =
        figures.timesOfDay(
            List.of(
                episode("2026-01-05T21:00:00Z", 2, null),
                episode("2026-01-06T22:30:00Z", 2, null),
                episode("2026-01-07T03:59:00Z", 2, null)));
    assertThat(counts(chart)).containsExactly(1L, 0L, 0L, 0L, 0L, 2L);
    assertThat(labels(chart).get(5)).isEqualTo("missing.pattern.timeBand[20:00,23:59]");
  }

  @Test
  void noEpisodesGiveEmptyChartsThatSaySo() {
    List<PatternChart> charts = figures.charts(List.of(), NOW);
    assertThat(charts).hasSize(6).allMatch(PatternChart::empty);
    assertThat(charts)
        .extracting(PatternChart::description)
        .containsOnly("missing.pattern.summaryNone");
    assertThat(charts).extracting(PatternChart::id).doesNotHaveDuplicates();
  }
}
