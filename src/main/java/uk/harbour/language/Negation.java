package uk.harbour.language;

import java.util.Set;

/**
 * Whether a negation applies to a phrase. A negator ("not", "never", "no", "n't", "unable",
 * "without", "too young to") negates the phrase only when nothing but auxiliaries, pronouns,
 * determiners, adverbs and a few "transparent" words stand between them: "she is not putting
 * herself at risk", "this is not a lifestyle choice", "we do not think this is her choice", "there
 * is no evidence that this was her choice". A content word in between takes the negation for
 * itself: "she doesn't realise she is putting herself at risk", "Mum can't cope with his
 * risk-taking behaviour" are still flagged. A comma or a clause break ends the search.
 */
final class Negation {

  private static final Set<String> NEGATORS =
      Set.of(
          "no",
          "not",
          "never",
          "nor",
          "without",
          "cannot",
          "neither",
          "nothing",
          "none",
          "nobody",
          "non",
          "unable",
          "incapable",
          "refused",
          "refuses",
          "refusing",
          "refuse",
          "declined",
          "declines",
          "declining",
          "decline");

  /** Words that let a negation through to the phrase after them. */
  private static final Set<String> TRANSPARENT =
      Words.union(
          Words.AUXILIARIES,
          Set.of(
              "a",
              "an",
              "the",
              "this",
              "that",
              "these",
              "those",
              "it",
              "there",
              "she",
              "he",
              "they",
              "her",
              "his",
              "their",
              "him",
              "them",
              "yp",
              "i",
              "we",
              "you",
              "my",
              "your",
              "its",
              "one",
              "any",
              "some",
              "to",
              "of",
              "longer",
              "I don't think she is ...",
              "think",
              "thinks",
              "thought",
              "believe",
              "believes",
              "believed",
              "feel",
              "feels",
              "felt",
              "consider",
              "considers",
              "considered",
              "seem",
              "seems",
              "seemed",
              "appear",
              "appears",
              "appeared",
              "suggest",
              "suggests",
              "suggested",
              "say",
              "says",
              "said",
              "mean",
              "means",
              "meant",
              "want",
              "wants",
              "wanted",
              "view",
              "viewed",
              "no evidence that ...",
              "evidence",
              "suggestion",
              "suggestions",
              "indication",
              "indications",
              "sign",
              "signs",
              "reason",
              "basis",
              "information",
              "intelligence",
              "suspicion",
              "called",
              "described",
              "seen",
              "labelled",
              "labeled",
              "treated",
              "regarded",
              "referred",
              "portrayed",
              "as"));

  private static final int WINDOW = 8;

  private Negation() {}

  /** Whether the phrase starting at word {@code first} is negated. */
  static boolean negated(Tokens tokens, int first) {
    for (int k = 1; k <= WINDOW; k++) {
      int i = first - k;
      if (i < 0 || tokens.breakBefore(i + 1) != Tokens.JOINED) {
        return false;
      }
      String word = tokens.word(i);
      if (NEGATORS.contains(word)) {
        return true;
      }
      if (TRANSPARENT.contains(word) || Adverbs.is(tokens, i) || tokens.capitalised(i)) {
        continue;
      }
      // "too young to ...": the adjective carries a negation to the verb after "to".
      return i > 0
          && tokens.word(i - 1).equals("too")
          && i + 1 < first
          && tokens.word(i + 1).equals("to")
          && tokens.breakBefore(i) == Tokens.JOINED;
    }
    return false;
  }
}
