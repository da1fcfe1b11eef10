package uk.harbour.matching;

import java.util.Arrays;

/**
 * Given and family names: exact, nickname or other-name agreement, close spelling (Jaro-Winkler),
 * same sound (Double Metaphone), initials, and first and last names swapped. A swap is reported
 * once, on the given name, and the family name then counts as missing so it is not counted twice. A
 * name taken from a record's other names (it gave no first or family name) counts when it agrees in
 * any of these ways and as missing when it does not: a nickname is no evidence against a name.
 */
final class NameComparisons {

  static final double CLOSE = 0.92;
  static final double ROUGH = 0.80;
  static final double SWAP = 0.90;

  static final int G_EXACT = 0;
  static final int G_NICKNAME = 1;
  static final int G_CLOSE = 2;
  static final int G_SOUNDS = 3;
  static final int G_ROUGH = 4;
  static final int G_INITIAL = 5;
  static final int G_SWAPPED = 6;
  static final int G_DISAGREE = 7;

  static final int F_EXACT = 0;
  static final int F_CLOSE = 1;
  static final int F_SOUNDS = 2;
  static final int F_ROUGH = 3;
  static final int F_DISAGREE = 4;

  private NameComparisons() {}

  static int givenLevel(RecordFeatures a, RecordFeatures b) {
    if (!a.hasGiven() || !b.hasGiven()) {
      return FieldComparison.MISSING;
    }
    int level = plainGivenLevel(a, b);
    if (level > G_NICKNAME && (a.givenFromOther || b.givenFromOther)) {
      if (otherNamesMeet(a, b) || otherNamesMeet(b, a)) {
        return G_NICKNAME;
      }
      if (level >= G_INITIAL) {
        return FieldComparison.MISSING;
      }
    }
    return level;
  }

  private static int plainGivenLevel(RecordFeatures a, RecordFeatures b) {
    if (RecordFeatures.same(a.given, a.givenHash, b.given, b.givenHash)) {
      return G_EXACT;
    }
    if (Nicknames.shareAny(a.givenGroups, b.givenGroups)
        || contains(b.otherNameHashes, a.givenHash)
        || contains(a.otherNameHashes, b.givenHash)) {
      return G_NICKNAME;
    }
    double jw = JaroWinkler.similarity(a.given, b.given);
    if (jw >= CLOSE) {
      return G_CLOSE;
    }
    if (Phonetic.agree(a.givenPhonetic, a.givenPhoneticAlt, b.givenPhonetic, b.givenPhoneticAlt)) {
      return G_SOUNDS;
    }
    if (jw >= ROUGH) {
      return G_ROUGH;
    }
    if ((a.given.length == 1 || b.given.length == 1) && a.given[0] == b.given[0]) {
      return G_INITIAL;
    }
    return G_DISAGREE;
  }

  /**
   * For a record whose first name was taken from its other names: whether any of its other names
   * is, or is a nickname or variant of, the other record's first name or one of its other names.
   */
  private static boolean otherNamesMeet(RecordFeatures a, RecordFeatures b) {
    if (!a.givenFromOther) {
      return false;
    }
    if (Nicknames.shareAny(a.otherGroups, b.givenGroups)
        || Nicknames.shareAny(a.otherGroups, b.otherGroups)
        || contains(a.otherNameHashes, b.givenHash)) {
      return true;
    }
    for (int hash : b.otherNameHashes) {
      if (contains(a.otherNameHashes, hash)) {
        return true;
      }
    }
    return false;
  }

  static int familyLevel(RecordFeatures a, RecordFeatures b) {
    if (!a.hasFamily() || !b.hasFamily()) {
      return FieldComparison.MISSING;
    }
    if (RecordFeatures.same(a.family, a.familyHash, b.family, b.familyHash)) {
      return F_EXACT;
    }
    double jw = JaroWinkler.similarity(a.family, b.family);
    if (jw >= CLOSE) {
      return F_CLOSE;
    }
    if (Phonetic.agree(
        a.familyPhonetic, a.familyPhoneticAlt, b.familyPhonetic, b.familyPhoneticAlt)) {
      return F_SOUNDS;
    }
    if (jw >= ROUGH) {
      return F_ROUGH;
    }
    return a.familyFromOther || b.familyFromOther ? FieldComparison.MISSING : F_DISAGREE;
  }

  /**
   * Both name levels at once into {@code out[0]} (given) and {@code out[1]} (family), working each
   * out only once: what {@link GivenName} and {@link FamilyName} return one at a time.
   */
  static void both(RecordFeatures a, RecordFeatures b, int[] out) {
    int given = givenLevel(a, b);
    int family = familyLevel(a, b);
    if (given >= G_ROUGH && swapCounts(a, b, given, family)) {
      out[0] = G_SWAPPED;
      out[1] = FieldComparison.MISSING;
    } else {
      out[0] = given;
      out[1] = family;
    }
  }

  /** Whether one record's given name is the other's family name and the other way round. */
  static boolean swapped(RecordFeatures a, RecordFeatures b) {
    if (!a.hasGiven() || !a.hasFamily() || !b.hasGiven() || !b.hasFamily()) {
      return false;
    }
    if (a.given[0] != b.family[0] || a.family[0] != b.given[0]) {
      return false;
    }
    return JaroWinkler.similarity(a.given, b.family) >= SWAP
        && JaroWinkler.similarity(a.family, b.given) >= SWAP;
  }

  /** A swap counts only when the names disagree the ordinary way round. */
  static boolean swapCounts(RecordFeatures a, RecordFeatures b, int given, int family) {
    return given >= G_ROUGH && family == F_DISAGREE && swapped(a, b);
  }

  private static boolean contains(int[] sorted, int value) {
    return sorted.length > 0 && Arrays.binarySearch(sorted, value) >= 0;
  }

  /** The given (first) name. */
  static final class GivenName implements FieldComparison {
    private static final String[] LEVELS = {
      "exact",
      "nickname, variant or other name",
      "close spelling",
      "sounds the same",
      "similar spelling",
      "initial agrees",
      "first and last names swapped",
      "different"
    };

    @Override
    public String field() {
      return "given name";
    }

    @Override
    public String[] levels() {
      return LEVELS;
    }

    @Override
    public int compare(RecordFeatures a, RecordFeatures b) {
      int given = givenLevel(a, b);
      if (given >= G_ROUGH && swapCounts(a, b, given, familyLevel(a, b))) {
        return G_SWAPPED;
      }
      return given;
    }

    @Override
    public double[] priorM() {
      return new double[] {0.78, 0.06, 0.06, 0.02, 0.02, 0.01, 0.01, 0.04};
    }

    @Override
    public double[] priorU() {
      return new double[] {0.01, 0.004, 0.005, 0.005, 0.03, 0.005, 0.0005, 0.9405};
    }
  }

  /** The family name (surname). */
  static final class FamilyName implements FieldComparison {
    private static final String[] LEVELS = {
      "exact", "close spelling", "sounds the same", "similar spelling", "different"
    };

    @Override
    public String field() {
      return "family name";
    }

    @Override
    public String[] levels() {
      return LEVELS;
    }

    @Override
    public int compare(RecordFeatures a, RecordFeatures b) {
      int family = familyLevel(a, b);
      if (family == F_DISAGREE) {
        int given = givenLevel(a, b);
        if (given >= G_ROUGH && swapped(a, b)) {
          return MISSING;
        }
      }
      return family;
    }

    @Override
    public double[] priorM() {
      return new double[] {0.85, 0.06, 0.02, 0.02, 0.05};
    }

    @Override
    public double[] priorU() {
      return new double[] {0.005, 0.004, 0.005, 0.03, 0.956};
    }
  }
}
