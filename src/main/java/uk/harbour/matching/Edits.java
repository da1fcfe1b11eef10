package uk.harbour.matching;

/** Small edit-distance checks that allocate nothing. */
final class Edits {

  private Edits() {}

  /**
   * Whether two different strings are one substitution, insertion, deletion or swap of adjacent
   * characters apart.
   */
  static boolean withinOne(char[] a, char[] b) {
    int na = a.length;
    int nb = b.length;
    if (Math.abs(na - nb) > 1) {
      return false;
    }
    int i = 0;
    while (i < na && i < nb && a[i] == b[i]) {
      i++;
    }
    if (i == na && i == nb) {
      return true;
    }
    if (na == nb) {
      if (sameFrom(a, i + 1, b, i + 1)) {
        return true;
      }
      return i + 1 < na && a[i] == b[i + 1] && a[i + 1] == b[i] && sameFrom(a, i + 2, b, i + 2);
    }
    return na > nb ? sameFrom(a, i + 1, b, i) : sameFrom(a, i, b, i + 1);
  }

  private static boolean sameFrom(char[] a, int i, char[] b, int j) {
    if (a.length - i != b.length - j) {
      return false;
    }
    while (i < a.length) {
      if (a[i++] != b[j++]) {
        return false;
      }
    }
    return true;
  }

  /** Dice coefficient of two sorted arrays of character-bigram codes (duplicates kept). */
  static double dice(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      int x = a[i];
      int y = b[j];
      if (x == y) {
        common++;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * common / (a.length + b.length);
  }

  /** Sorted character-bigram codes of normalised text, spaces included as boundaries. */
  static int[] bigrams(String text) {
    if (text.length() < 2) {
      return text.isEmpty() ? new int[0] : new int[] {text.charAt(0)};
    }
    int[] grams = new int[text.length() - 1];
    for (int i = 0; i < grams.length; i++) {
      grams[i] = (text.charAt(i) << 16) | text.charAt(i + 1);
    }
    java.util.Arrays.sort(grams);
    return grams;
  }
}
