package uk.harbour.matching.entities;

import static uk.harbour.matching.entities.MatchReason.AGE_CLOSE;
import static uk.harbour.matching.entities.MatchReason.AGE_FAR;
import static uk.harbour.matching.entities.MatchReason.NAME_DIFFERENT;
import static uk.harbour.matching.entities.MatchReason.NAME_SAME;
import static uk.harbour.matching.entities.MatchReason.NAME_SOUNDS_ALIKE;
import static uk.harbour.matching.entities.MatchReason.NAME_VARIANT;
import static uk.harbour.matching.entities.MatchReason.NICKNAME_OF_NAME;
import static uk.harbour.matching.entities.MatchReason.NICKNAME_SAME;
import static uk.harbour.matching.entities.MatchReason.SURNAME_ALIKE;
import static uk.harbour.matching.entities.MatchReason.SURNAME_DIFFERENT;
import static uk.harbour.matching.entities.MatchReason.SURNAME_SAME;
import static uk.harbour.matching.entities.MatchReason.SURNAME_SOUNDS_ALIKE;

import org.jspecify.annotations.Nullable;
import uk.harbour.matching.TextMeasures;

/**
 * Adults known by first names and nicknames, often misspelt, with an approximate age. Given names
 * agree exactly, as variants (the nickname table, or one slip of spelling in a name of four or more
 * letters that starts the same, unless both are names in the table of different groups), by sound,
 * or as an initial ("D. Walsh"), which like sound supports a match but never makes it STRONG. A
 * nickname agrees with a nickname, or with a given name it is a diminutive of. Given names that
 * disagree count against unless one side's given name is the other's nickname. Surnames agree
 * exactly or one slip apart; surnames that only sound alike (Moore, Murray) support a match a
 * little but never make it STRONG, nor do given names that only sound alike. STRONG needs nothing
 * against and one of: given name (or the entry's nickname given as the name) and surname agreeing
 * with ages within three years; the very same given name and surname when either age is unknown;
 * given name and the mention's own nickname agreeing with ages within three years. Ages four to
 * seven years apart neither count for nor against but rule out STRONG. A nickname alone, however
 * rare, is at most POSSIBLE.
 */
final class PersonRules {

  static final double POSSIBLE_FROM = 3.0;

  private PersonRules() {}

  /** 0 different, 1 sounds alike, 2 variant, 3 same; -1 when either is unknown. */
  static int given(String a, int[] aCodes, int[] aGroups, String b, int[] bCodes, int[] bGroups) {
    if (a.isEmpty() || b.isEmpty()) {
      return -1;
    }
    if (a.equals(b)) {
      return 3;
    }
    if (TextMeasures.shareGroup(aGroups, bGroups)) {
      return 2;
    }
    // Two names both in the nickname table that share no group are different names (Carl and
    // Carly), not one misspelt.
    boolean bothKnown = aGroups.length > 0 && bGroups.length > 0;
    if (!bothKnown && slip(a, b)) {
      return 2;
    }
    if (initialOf(a, b) || initialOf(b, a)) {
      return 1;
    }
    return TextMeasures.soundAlike(aCodes, bCodes) ? 1 : 0;
  }

  /** Whether {@code initial} is one letter and {@code name} starts with it ("D. Walsh"). */
  static boolean initialOf(String initial, String name) {
    return initial.length() == 1 && name.length() > 1 && name.charAt(0) == initial.charAt(0);
  }

  /** One slip of spelling in a name of four or more letters that starts with the same letter. */
  static boolean slip(String a, String b) {
    return a.length() >= 4
        && b.length() >= 4
        && a.charAt(0) == b.charAt(0)
        && (TextMeasures.withinOneEdit(a, b) || TextMeasures.jaroWinkler(a, b) >= 0.94);
  }

  static @Nullable Comparison compare(Features m, Features r, NameCounts counts) {
    Comparison c = new Comparison();
    int given = given(m.given, m.givenCodes, m.givenGroups, r.given, r.givenCodes, r.givenGroups);
    // One side's name may be the other's nickname ("Deano" given as the name).
    int givenAsNick =
        Math.max(
            given(m.given, m.givenCodes, m.givenGroups, r.nick, r.nickCodes, r.nickGroups),
            given(m.nick, m.nickCodes, m.nickGroups, r.given, r.givenCodes, r.givenGroups));
    int nicks = given(m.nick, m.nickCodes, m.nickGroups, r.nick, r.nickCodes, r.nickGroups);
    boolean givenAgrees = given >= 1;
    if (given == 3) {
      c.add(NAME_SAME, 4);
    } else if (given == 2) {
      c.add(NAME_VARIANT, 3);
    } else if (given == 1) {
      c.add(NAME_SOUNDS_ALIKE, 2);
    }
    // A nickname is separate evidence only when the mention gives one; a mention's name that is
    // the entry's nickname ("Deano" given as the name) stands in for a given name.
    boolean nickAgrees = false;
    if (nicks >= 2) {
      c.add(NICKNAME_SAME, m.nickWhole.equals(r.nickWhole) ? 3.5 : nicks == 3 ? 3 : 2.5);
      nickAgrees = true;
    } else if (!m.nick.isEmpty() && givenAsNick >= 2) {
      c.add(NICKNAME_OF_NAME, givenAgrees ? 1 : 3);
      nickAgrees = !givenAgrees;
    } else if (!givenAgrees && givenAsNick >= 2) {
      c.add(NICKNAME_OF_NAME, 3);
    }
    if (given == 0 && givenAsNick < 2) {
      c.add(NAME_DIFFERENT, -6);
    }
    int family = family(m, r);
    if (family == 2) {
      c.add(SURNAME_SAME, 4);
    } else if (family == 1) {
      c.add(SURNAME_ALIKE, 2.5);
    } else if (family == 0 && TextMeasures.soundAlike(m.familyCodes, r.familyCodes)) {
      c.add(SURNAME_SOUNDS_ALIKE, 1);
    } else if (family == 0) {
      c.add(SURNAME_DIFFERENT, -5);
    }
    boolean ageClose = false;
    boolean ageUnknown = m.age < 0 || r.age < 0;
    if (!ageUnknown) {
      int gap = Math.abs(m.age - r.age);
      if (gap <= 3) {
        c.add(AGE_CLOSE, 1.5);
        ageClose = true;
      } else if (gap >= 8) {
        c.add(AGE_FAR, -4);
      }
    }
    boolean nameAgrees = given >= 2 || (given == -1 && givenAsNick >= 2);
    boolean strong =
        (nameAgrees && family >= 1 && ageClose && rare(r, counts, true))
            || (given == 3 && family == 2 && ageUnknown && rare(r, counts, false))
            || (given >= 2 && nickAgrees && ageClose);
    if (strong && !c.hasAgainst()) {
      return c.strength(MatchStrength.STRONG);
    }
    if (c.score() >= POSSIBLE_FROM
        && (givenAgrees || nickAgrees || givenAsNick >= 2 || family >= 1)) {
      return c.strength(MatchStrength.POSSIBLE);
    }
    return null;
  }

  /** Whether few other adults on the register are expected to share the entry's name (and age). */
  private static boolean rare(Features r, NameCounts counts, boolean withAge) {
    return counts.expectedOthers(r, withAge) < NameCounts.RARE_BELOW;
  }

  /** 0 different, 1 one slip apart, 2 same; -1 when either is unknown. */
  private static int family(Features m, Features r) {
    if (m.family.isEmpty() || r.family.isEmpty()) {
      return -1;
    }
    if (m.family.equals(r.family)) {
      return 2;
    }
    if (m.family.length() >= 4 && TextMeasures.withinOneEdit(m.family, r.family)) {
      return 1;
    }
    return 0;
  }
}
