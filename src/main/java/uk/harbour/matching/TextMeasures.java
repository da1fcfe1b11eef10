package uk.harbour.matching;

/**
 * The engine's text measures for its sub-packages (entity resolution uses them for the names,
 * nicknames, places and addresses of adults and places): normalising, the nickname table, Double
 * Metaphone codes, Jaro-Winkler, one-edit distance and bigram Dice. Thin and stateless; the
 * measures themselves stay package-private.
 */
public final class TextMeasures {

  private TextMeasures() {}

  /** Lower case, accents removed, apostrophes dropped, letters only, single spaces. */
  public static String name(String value) {
    return Normalise.name(value);
  }

  /** Lower case, accents removed, letters and digits kept, single spaces. */
  public static String text(String value) {
    return Normalise.text(value);
  }

  /** The sorted nickname-group ids of a normalised single given name (empty when in none). */
  public static int[] nicknameGroups(String name) {
    return Nicknames.table().groupsOf(name);
  }

  /** Whether two sorted group-id arrays share a group. */
  public static boolean shareGroup(int[] a, int[] b) {
    return Nicknames.shareAny(a, b);
  }

  /** The packed Double Metaphone primary and alternate codes of a normalised word (0 for none). */
  public static int[] phonetic(String name) {
    return Phonetic.codes(name);
  }

  /** Whether two pairs of packed codes agree (either code of one equals either of the other). */
  public static boolean soundAlike(int[] a, int[] b) {
    return Phonetic.agree(a[0], a[1], b[0], b[1]);
  }

  /** Jaro-Winkler similarity, 0 to 1. */
  public static double jaroWinkler(String a, String b) {
    return JaroWinkler.similarity(a, b);
  }

  /**
   * Whether two strings are at most one substitution, insertion, deletion or adjacent swap apart.
   */
  public static boolean withinOneEdit(String a, String b) {
    return Edits.withinOne(a.toCharArray(), b.toCharArray());
  }
}
