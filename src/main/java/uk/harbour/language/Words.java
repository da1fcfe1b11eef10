package uk.harbour.language;

import java.util.HashSet;
import java.util.Set;

/** Word lists more than one rule needs. */
final class Words {

  /** Auxiliary and modal verbs, with the clitics 's and 'd (see {@link Clitics}). */
  static final Set<String> AUXILIARIES =
      Set.of(
          "is", "are", "was", "were", "be", "been", "being", "am", "'s", "'d", "has", "have", "had",
          "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must",
          "shall");

  private static final java.util.Map<String, Integer> NUMBER_WORDS =
      java.util.Map.ofEntries(
          java.util.Map.entry("ten", 10),
          java.util.Map.entry("eleven", 11),
          java.util.Map.entry("twelve", 12),
          java.util.Map.entry("thirteen", 13),
          java.util.Map.entry("fourteen", 14),
          java.util.Map.entry("fifteen", 15),
          java.util.Map.entry("sixteen", 16),
          java.util.Map.entry("seventeen", 17),
          java.util.Map.entry("eighteen", 18),
          java.util.Map.entry("nineteen", 19),
          java.util.Map.entry("twenty", 20),
          java.util.Map.entry("thirty", 30),
          java.util.Map.entry("forty", 40),
          java.util.Map.entry("fifty", 50));

  private Words() {}

  /**
   * The value of a number written in digits (up to six) or as a word from ten to twenty, or thirty,
   * forty, fifty; null for any other word.
   */
  static @org.jspecify.annotations.Nullable Integer number(String word) {
    Integer named = NUMBER_WORDS.get(word);
    if (named != null) {
      return named;
    }
    if (word.isEmpty() || word.length() > 6) {
      return null;
    }
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) < '0' || word.charAt(i) > '9') {
        return null;
      }
    }
    return Integer.parseInt(word);
  }

  static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
