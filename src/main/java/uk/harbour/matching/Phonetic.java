package uk.harbour.matching;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Double Metaphone codes (commons-codec) packed into ints so comparing two codes is one integer
 * comparison. Zero means no code.
 */
final class Phonetic {

  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

  private Phonetic() {}

  /** The primary and alternate codes of a normalised name, packed; {0, 0} when there are none. */
  static int[] codes(String name) {
    if (name.isEmpty()) {
      return new int[] {0, 0};
    }
    String primary = METAPHONE.doubleMetaphone(name, false);
    String alternate = METAPHONE.doubleMetaphone(name, true);
    int p = pack(primary);
    int a = pack(alternate);
    return new int[] {p, a == p ? 0 : a};
  }

  /** The Double Metaphone primary code as text, for explanations and tests. */
  static String primary(String name) {
    return METAPHONE.doubleMetaphone(name, false);
  }

  static int pack(String code) {
    if (code == null || code.isEmpty()) {
      return 0;
    }
    int packed = 0;
    for (int i = 0; i < Math.min(5, code.length()); i++) {
      packed = packed * 43 + (code.charAt(i) - '0' + 1);
    }
    return packed;
  }

  static boolean agree(int a1, int a2, int b1, int b2) {
    if (a1 == 0 || b1 == 0) {
      return false;
    }
    return a1 == b1 || a1 == b2 || (a2 != 0 && (a2 == b1 || a2 == b2));
  }
}
