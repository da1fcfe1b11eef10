package uk.harbour.matching.entities;

import java.util.HashMap;
import java.util.Map;

/**
 * How many people on the register have each given name and each family name, to judge how likely it
 * is that another adult shares a full name: a common name and an age agreeing is not enough for
 * STRONG (the register's own frequencies stand in for the population's).
 */
final class NameCounts {

  /** Ages within three years either way cover about seven of the forty adult years in view. */
  static final double AGE_SHARE = 7.0 / 40;

  /** STRONG on name and age needs fewer than this many other people expected to share them. */
  static final double RARE_BELOW = 0.25;

  private final Map<String, Integer> given = new HashMap<>();
  private final Map<String, Integer> family = new HashMap<>();
  private int people;

  void add(Features f) {
    change(f, 1);
  }

  void remove(Features f) {
    change(f, -1);
  }

  private void change(Features f, int by) {
    if (f.type != EntityType.PERSON) {
      return;
    }
    people += by;
    if (!f.given.isEmpty()) {
      given.merge(f.given, by, (a, b) -> a + b == 0 ? null : a + b);
    }
    if (!f.family.isEmpty()) {
      family.merge(f.family, by, (a, b) -> a + b == 0 ? null : a + b);
    }
  }

  /**
   * How many other people on the register are expected to share this entry's given and family names
   * (and, when {@code withAge}, an age within three years) if names were independent: (given count
   * - 1/2) x (family count - 1/2) / people, with at least 100 people assumed, since a small
   * register says nothing about how common a name is.
   */
  double expectedOthers(Features entry, boolean withAge) {
    double g = given.getOrDefault(entry.given, 1) - 0.5;
    double f = family.getOrDefault(entry.family, 1) - 0.5;
    double expected = g * f / Math.max(100, people);
    return withAge ? expected * AGE_SHARE : expected;
  }
}
