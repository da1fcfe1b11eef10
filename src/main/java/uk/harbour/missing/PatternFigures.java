package uk.harbour.missing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Works out a child's missing pattern from their episodes, as plain Java: episodes a month over the
 * last twelve months, how long episodes lasted, where the child was found and who with, the times
 * of day and the days of the week they went missing. Each becomes a {@link PatternChart}; every
 * word comes from {@link Words} (the message bundle on a page; in unit tests, a lookup that writes
 * the key and its arguments).
 */
final class PatternFigures {

  /** Months shown, the current one included. */
  static final int MONTHS = 12;

  /** The most places or people listed by name; the rest are counted together. */
  static final int MOST_NAMED = 10;

  /** Words for the charts, by message key ({@code missing.pattern.*}). */
  interface Words {
    String text(String key, Object... args);
  }

  /**
   * What the pattern needs of one episode.
   *
   * @param start when the episode started (the later of leaving and last seen)
   * @param end when it ended, or null while the child is still missing
   * @param foundAt where the child was found, as the register or the record names it, or null
   * @param with the people and vehicles the child was found with, by name or description
   */
  record Episode(
      Instant start, @Nullable Instant end, @Nullable String foundAt, List<String> with) {
    Episode {
      with = List.copyOf(with);
    }
  }

  /** Upper bounds of the duration bands, in hours (the last band has none). */
  static final List<Integer> DURATION_BANDS_HOURS = List.of(6, 24, 72, 168);

  private final Words words;
  private final ZoneId zone;

  PatternFigures(Words words, ZoneId zone) {
    this.words = words;
    this.zone = zone;
  }

  /** The six charts, in page order. */
  List<PatternChart> charts(List<Episode> episodes, Instant now) {
    return List.of(
        perMonth(episodes, now),
        durations(episodes),
        foundAt(episodes),
        foundWith(episodes),
        timesOfDay(episodes),
        daysOfWeek(episodes));
  }

  PatternChart perMonth(List<Episode> episodes, Instant now) {
    YearMonth last = YearMonth.from(now.atZone(zone));
    YearMonth first = last.minusMonths(MONTHS - 1L);
    Map<YearMonth, Long> counts = new LinkedHashMap<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      counts.put(m, 0L);
    }
    for (Episode e : episodes) {
      counts.computeIfPresent(YearMonth.from(e.start().atZone(zone)), (m, n) -> n + 1);
    }
    DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    List<PatternChart.Category> categories = new ArrayList<>();
    counts.forEach((m, n) -> categories.add(new PatternChart.Category(month.format(m), n)));
    return chart("months", "missing.pattern.months", "missing.pattern.month", categories);
  }

  PatternChart durations(List<Episode> episodes) {
    long[] counts = new long[DURATION_BANDS_HOURS.size() + 2];
    for (Episode e : episodes) {
      counts[durationBand(e)]++;
    }
    List<PatternChart.Category> categories = new ArrayList<>();
    for (int band = 0; band < counts.length; band++) {
      categories.add(new PatternChart.Category(durationLabel(band), counts[band]));
    }
    return chart("durations", "missing.pattern.durations", "missing.pattern.duration", categories);
  }

  /** The band an episode's length falls in; the last band is "still missing". */
  static int durationBand(Episode e) {
    if (e.end() == null) {
      return DURATION_BANDS_HOURS.size() + 1;
    }
    long minutes = Math.max(0, Duration.between(e.start(), e.end()).toMinutes());
    for (int band = 0; band < DURATION_BANDS_HOURS.size(); band++) {
      if (minutes < DURATION_BANDS_HOURS.get(band) * 60L) {
        return band;
      }
    }
    return DURATION_BANDS_HOURS.size();
  }

  private String durationLabel(int band) {
    if (band == DURATION_BANDS_HOURS.size() + 1) {
      return words.text("missing.pattern.duration.open");
    }
    if (band == DURATION_BANDS_HOURS.size()) {
      return words.text("missing.pattern.duration.over", hours(band - 1));
    }
    if (band == 0) {
      return words.text("missing.pattern.duration.under", hours(0));
    }
    return words.text("missing.pattern.duration.between", hours(band - 1), hours(band));
  }

  private String hours(int band) {
    int h = DURATION_BANDS_HOURS.get(band);
    return h < 24 || h % 24 != 0
        ? words.text("missing.pattern.hours", h)
        : words.text("missing.pattern.days", h / 24);
  }

  PatternChart foundAt(List<Episode> episodes) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Episode e : episodes) {
      if (e.foundAt() != null && !e.foundAt().isBlank()) {
        counts.merge(e.foundAt().strip(), 1L, Long::sum);
      }
    }
    return chart("found-at", "missing.pattern.foundAt", "missing.pattern.place", mostFirst(counts));
  }

  PatternChart foundWith(List<Episode> episodes) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Episode e : episodes) {
      e.with().stream()
          .filter(w -> !w.isBlank())
          .map(String::strip)
          .distinct()
          .forEach(w -> counts.merge(w, 1L, Long::sum));
    }
    return chart(
        "found-with", "missing.pattern.foundWith", "missing.pattern.whoWith", mostFirst(counts));
  }

  /** Four-hour bands of the day, from midnight, by when each episode started. */
  PatternChart timesOfDay(List<Episode> episodes) {
    long[] counts = new long[6];
    for (Episode e : episodes) {
      counts[e.start().atZone(zone).getHour() / 4]++;
    }
    List<PatternChart.Category> categories = new ArrayList<>();
    for (int band = 0; band < counts.length; band++) {
      categories.add(
          new PatternChart.Category(
              words.text(
                  "missing.pattern.timeBand",
                  String.format(Locale.UK, "%02d:00", band * 4),
                  String.format(Locale.UK, "%02d:59", band * 4 + 3)),
              counts[band]));
    }
    return chart("times", "missing.pattern.times", "missing.pattern.time", categories);
  }

  /** Monday to Sunday, by the day each episode started. */
  PatternChart daysOfWeek(List<Episode> episodes) {
    long[] counts = new long[7];
    for (Episode e : episodes) {
      ZonedDateTime at = e.start().atZone(zone);
      counts[at.getDayOfWeek().getValue() - 1]++;
    }
    List<PatternChart.Category> categories = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      categories.add(
          new PatternChart.Category(
              day.getDisplayName(TextStyle.FULL, Locale.UK), counts[day.getValue() - 1]));
    }
    return chart("days", "missing.pattern.weekdays", "missing.pattern.day", categories);
  }

  /** The most frequent first (ties by name), the first ten by name and the rest together. */
  private List<PatternChart.Category> mostFirst(Map<String, Long> counts) {
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(
        Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    List<PatternChart.Category> categories = new ArrayList<>();
    long others = 0;
    int otherNames = 0;
    for (Map.Entry<String, Long> e : sorted) {
      if (categories.size() < MOST_NAMED) {
        categories.add(new PatternChart.Category(e.getKey(), e.getValue()));
      } else {
        others += e.getValue();
        otherNames++;
      }
    }
    if (otherNames > 0) {
      categories.add(
          new PatternChart.Category(words.text("missing.pattern.others", otherNames), others));
    }
    return categories;
  }

  private PatternChart chart(
      String id, String titleKey, String categoryKey, List<PatternChart.Category> categories) {
    long total = categories.stream().mapToLong(PatternChart.Category::value).sum();
    String description =
        categories.stream()
            .filter(c -> c.value() > 0)
            .max(Comparator.comparingLong(PatternChart.Category::value))
            .map(top -> words.text("missing.pattern.summary", total, top.label(), top.value()))
            .orElse(words.text("missing.pattern.summaryNone"));
    return PatternChart.of(
        "pattern-" + id,
        words.text(titleKey),
        description,
        words.text(categoryKey),
        words.text("missing.pattern.count"),
        categories);
  }
}
