package uk.harbour.language;

import java.util.Set;

/**
 * Words that can stand between the words of a phrase without changing it: adverbs ("constantly",
 * "really", "much") and a few degree words. Negators are never adverbs here: "not" changes the
 * meaning. A capitalised word ending in -ly in the middle of a sentence is a name (Holly, Emily).
 */
final class Adverbs {

  private static final Set<String> WORDS =
      Set.of(
          "very",
          "really",
          "so",
          "even",
          "still",
          "always",
          "often",
          "again",
          "also",
          "just",
          "now",
          "then",
          "too",
          "quite",
          "rather",
          "sometimes",
          "ever",
          "much",
          "far",
          "all",
          "already",
          "yet",
          "soon",
          "almost",
          "once",
          "twice",
          "perhaps",
          "maybe");

  /** Words ending in -ly that are not adverbs. */
  private static final Set<String> NOT_ADVERBS =
      Set.of(
          "family",
          "supply",
          "reply",
          "apply",
          "assembly",
          "bully",
          "belly",
          "jelly",
          "rally",
          "ally",
          "only",
          "july",
          "italy",
          "holly",
          "lily",
          "emily",
          "kelly",
          "molly",
          "polly",
          "sally",
          "ugly",
          "early",
          "fly",
          "lonely",
          "friendly",
          "elderly",
          "likely",
          "unlikely",
          "lovely",
          "silly",
          "holy",
          "jolly",
          "curly",
          "daily",
          "weekly",
          "monthly",
          "yearly",
          "costly",
          "deadly",
          "orderly",
          "poorly",
          "comply",
          "multiply",
          "firefly");

  private Adverbs() {}

  static boolean is(Tokens tokens, int i) {
    String word = tokens.word(i);
    if (WORDS.contains(word)) {
      return true;
    }
    return word.length() >= 5
        && word.endsWith("ly")
        && !NOT_ADVERBS.contains(word)
        && !tokens.capitalised(i);
  }
}
