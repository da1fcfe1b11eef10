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

  private Words() {}

  static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
