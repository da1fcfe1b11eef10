package uk.harbour.matching;

/**
 * Jaro-Winkler similarity (prefix scale 0.1, prefix up to 4, boost above 0.7). Strings of up to 64
 * characters, which is every name, are compared with two bit masks and allocate nothing.
 */
final class JaroWinkler {

  private JaroWinkler() {}

  static double similarity(char[] a, char[] b) {
    int na = a.length;
    int nb = b.length;
    if (na == 0 || nb == 0) {
      return 0;
    }
    if (na > 64 || nb > 64) {
      return LongStrings.similarity(a, b);
    }
    int range = Math.max(0, Math.max(na, nb) / 2 - 1);
    long matchedA = 0;
    long matchedB = 0;
    int matches = 0;
    for (int i = 0; i < na; i++) {
      char c = a[i];
      int hi = Math.min(nb - 1, i + range);
      for (int j = Math.max(0, i - range); j <= hi; j++) {
        if (b[j] == c && (matchedB & (1L << j)) == 0) {
          matchedA |= 1L << i;
          matchedB |= 1L << j;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0;
    }
    int halfTranspositions = 0;
    long restB = matchedB;
    for (int i = 0; i < na; i++) {
      if ((matchedA & (1L << i)) != 0) {
        int j = Long.numberOfTrailingZeros(restB);
        restB &= restB - 1;
        if (a[i] != b[j]) {
          halfTranspositions++;
        }
      }
    }
    return winkler(a, b, jaro(matches, halfTranspositions, na, nb));
  }

  static double similarity(String a, String b) {
    return similarity(a.toCharArray(), b.toCharArray());
  }

  static double jaro(int matches, int halfTranspositions, int na, int nb) {
    double m = matches;
    return (m / na + m / nb + (m - halfTranspositions / 2) / m) / 3.0;
  }

  static double winkler(char[] a, char[] b, double jaro) {
    if (jaro <= 0.7) {
      return jaro;
    }
    int limit = Math.min(4, Math.min(a.length, b.length));
    int prefix = 0;
    while (prefix < limit && a[prefix] == b[prefix]) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }

  /** The same measure for strings longer than 64 characters, with flag arrays. */
  private static final class LongStrings {
    static double similarity(char[] a, char[] b) {
      int na = a.length;
      int nb = b.length;
      int range = Math.max(0, Math.max(na, nb) / 2 - 1);
      boolean[] matchedA = new boolean[na];
      boolean[] matchedB = new boolean[nb];
      int matches = 0;
      for (int i = 0; i < na; i++) {
        int hi = Math.min(nb - 1, i + range);
        for (int j = Math.max(0, i - range); j <= hi; j++) {
          if (!matchedB[j] && b[j] == a[i]) {
            matchedA[i] = true;
            matchedB[j] = true;
            matches++;
            break;
          }
        }
      }
      if (matches == 0) {
        return 0;
      }
      int half = 0;
      int j = 0;
      for (int i = 0; i < na; i++) {
        if (matchedA[i]) {
          while (!matchedB[j]) {
            j++;
          }
          if (a[i] != b[j]) {
            half++;
          }
          j++;
        }
      }
      return winkler(a, b, jaro(matches, half, na, nb));
    }
  }
}
