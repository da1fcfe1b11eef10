package uk.harbour.matching.entities;

import static uk.harbour.matching.entities.MatchReason.ADDRESS_ALIKE;
import static uk.harbour.matching.entities.MatchReason.ADDRESS_DIFFERENT;
import static uk.harbour.matching.entities.MatchReason.PHONE_SAME;
import static uk.harbour.matching.entities.MatchReason.PLACE_NAME_ALIKE;
import static uk.harbour.matching.entities.MatchReason.PLACE_NAME_DIFFERENT;
import static uk.harbour.matching.entities.MatchReason.PLATFORM_DIFFERENT;
import static uk.harbour.matching.entities.MatchReason.PLATFORM_SAME;
import static uk.harbour.matching.entities.MatchReason.POSTCODE_DIFFERENT;
import static uk.harbour.matching.entities.MatchReason.POSTCODE_SAME;
import static uk.harbour.matching.entities.MatchReason.USERNAME_LOOKS_ALIKE;
import static uk.harbour.matching.entities.MatchReason.USERNAME_SAME;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import uk.harbour.matching.TextMeasures;

/**
 * Phones (the same number or nothing), online accounts and places.
 *
 * <p>Accounts: the same folded username on the same platform is STRONG; the same username on
 * another or an unknown platform, or a look-alike (same skeleton) on the same or an unknown
 * platform, is POSSIBLE.
 *
 * <p>Places: STRONG when the postcode and either the name or the address agree, or name and address
 * both agree, with nothing against; POSSIBLE on any two points (a postcode alone, a name alone).
 * Addresses agree when their words (street abbreviations expanded, in any order) mostly overlap;
 * house or flat numbers that differ count against, since flat 3 and flat 4 are different homes,
 * unless one side's numbers are all among the other's ("Flat 5" of "Flat 5, 155 Victoria Place").
 */
final class OtherRules {

  private OtherRules() {}

  static @Nullable Comparison phone(Features m, Features r) {
    if (m.phone.isEmpty() || !m.phone.equals(r.phone)) {
      return null;
    }
    Comparison c = new Comparison();
    c.add(PHONE_SAME, 10);
    return c.identifier().strength(MatchStrength.STRONG);
  }

  static @Nullable Comparison account(Features m, Features r) {
    if (m.username.isEmpty() || r.username.isEmpty()) {
      return null;
    }
    Comparison c = new Comparison();
    if (m.username.equals(r.username)) {
      c.add(USERNAME_SAME, 6);
    } else if (m.skeleton.equals(r.skeleton)) {
      c.add(USERNAME_LOOKS_ALIKE, 3);
    } else {
      return null;
    }
    if (!m.platform.isEmpty() && !r.platform.isEmpty()) {
      boolean same = m.platform.equals(r.platform);
      c.add(same ? PLATFORM_SAME : PLATFORM_DIFFERENT, same ? 2 : -3);
    }
    if (c.has(USERNAME_SAME) && c.has(PLATFORM_SAME)) {
      return c.identifier().strength(MatchStrength.STRONG);
    }
    return c.score() >= 3 ? c.strength(MatchStrength.POSSIBLE) : null;
  }

  static @Nullable Comparison place(Features m, Features r) {
    Comparison c = new Comparison();
    if (!m.postcode.isEmpty() && !r.postcode.isEmpty()) {
      if (m.postcode.equals(r.postcode)) {
        c.add(POSTCODE_SAME, 4);
      } else if (!TextMeasures.withinOneEdit(m.postcode, r.postcode)) {
        c.add(POSTCODE_DIFFERENT, -4);
      }
    }
    if (!m.placeName.isEmpty() && !r.placeName.isEmpty()) {
      double name = nameSimilarity(m, r);
      if (name >= 0.85) {
        c.add(PLACE_NAME_ALIKE, 3);
      } else if (name < 0.5) {
        c.add(PLACE_NAME_DIFFERENT, -2);
      }
    }
    if (m.hasAddress() && r.hasAddress()) {
      if (!subset(m.addressNumbers, r.addressNumbers)
          && !subset(r.addressNumbers, m.addressNumbers)) {
        c.add(ADDRESS_DIFFERENT, -4);
      } else if (overlap(m.addressWords, r.addressWords) >= 0.6) {
        c.add(ADDRESS_ALIKE, 3);
      }
    }
    boolean postcode = c.has(POSTCODE_SAME);
    boolean name = c.has(PLACE_NAME_ALIKE);
    boolean address = c.has(ADDRESS_ALIKE);
    if (!c.hasAgainst() && ((postcode && (name || address)) || (name && address))) {
      return c.strength(MatchStrength.STRONG);
    }
    return c.score() >= 3 ? c.strength(MatchStrength.POSSIBLE) : null;
  }

  /** Whether every number of {@code a} is among {@code b} (sorted arrays). */
  static boolean subset(String[] a, String[] b) {
    for (String x : a) {
      if (Arrays.binarySearch(b, x) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Word overlap of two place names, or their spelling when written as one word differently. */
  static double nameSimilarity(Features m, Features r) {
    double words = overlap(m.nameWordsSorted, r.nameWordsSorted);
    return words >= 0.85
        ? words
        : Math.max(words, TextMeasures.jaroWinkler(m.placeJoined, r.placeJoined));
  }

  /** Dice overlap of two sorted, duplicate-free word arrays. */
  static double overlap(String[] a, String[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      int cmp = a[i].compareTo(b[j]);
      if (cmp == 0) {
        common++;
        i++;
        j++;
      } else if (cmp < 0) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * common / (a.length + b.length);
  }
}
