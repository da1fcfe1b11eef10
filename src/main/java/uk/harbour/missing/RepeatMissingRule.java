package uk.harbour.missing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The repeat missing rule, as plain Java: a child reaches it when {@code episodes} of their missing
 * episodes start within {@code days} days of each other (the window ends at the latest start and
 * reaches back {@code days} days). It is crossed by the episode that brings the count in its window
 * up to the threshold when the child's previous episode was still below it, so a run of episodes
 * close together crosses it once, however many follow, and a new run after a quiet spell crosses it
 * again. Episodes are ordered by start; equal starts keep the order given.
 */
record RepeatMissingRule(int episodes, int days) {

  /** What a crossing episode found: how many episodes its window held and when the first began. */
  record Crossing(int episodeIndex, int count, Instant firstStart, Instant lastStart) {}

  /** How many episodes start in the window that ends at {@code starts[index]}. */
  int countInWindow(List<Instant> starts, int index) {
    Instant end = starts.get(index);
    Instant from = end.minus(Duration.ofDays(days));
    int count = 0;
    for (int i = 0; i <= index; i++) {
      Instant s = starts.get(i);
      if (!s.isBefore(from) && !s.isAfter(end)) {
        count++;
      }
    }
    return count;
  }

  /** Every crossing among the starts (sorted earliest first), in order. */
  List<Crossing> crossings(List<Instant> sortedStarts) {
    List<Crossing> found = new ArrayList<>();
    int previous = 0;
    for (int i = 0; i < sortedStarts.size(); i++) {
      if (i > 0 && sortedStarts.get(i).isBefore(sortedStarts.get(i - 1))) {
        throw new IllegalArgumentException("starts must be sorted, earliest first");
      }
      int count = countInWindow(sortedStarts, i);
      if (count >= episodes && previous < episodes) {
        Instant end = sortedStarts.get(i);
        found.add(new Crossing(i, count, sortedStarts.get(i - count + 1), end));
      }
      previous = count;
    }
    return found;
  }

  /**
   * The crossing that the episode at {@code index} of the sorted starts belongs to, if any: the one
   * whose window (from its first start to the crossing episode's start) holds it. An episode
   * recorded late, with an earlier start, can complete a window this way; a later episode of the
   * same run belongs to none, so the run is prompted once.
   */
  Optional<Crossing> reachedWith(List<Instant> sortedStarts, int index) {
    Instant start = sortedStarts.get(index);
    return crossings(sortedStarts).stream()
        .filter(c -> !start.isBefore(c.firstStart()) && c.episodeIndex() >= index)
        .filter(c -> !start.isAfter(c.lastStart()))
        .findFirst();
  }
}
