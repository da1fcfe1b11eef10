package uk.harbour.language;

import java.util.Set;

/**
 * Whether the writer reports a blaming view in order to reject it, or only mentions the words. Such
 * a phrase is not the writer's own and is not flagged:
 *
 * <ul>
 *   <li>a rejecting judgement about saying it, before the phrase: "it is wrong to say she chose
 *       this", "it is not true that she agreed", "it is victim blaming to call him a runner"
 *   <li>a challenge to a view, before the phrase: "I challenged the view that she was asking for
 *       it", "we disagree that he is a dealer", "I corrected Mum when she said ..."
 *   <li>the phrase as the word replaced: "exploited rather than a drug runner", "instead of saying
 *       she chose this"
 *   <li>a mention of the words: "the term child prostitution", "words such as streetwise"
 *   <li>a rejection after the phrase, in the same sentence: "... chose this, which is not true",
 *       "... is a troublemaker; we disagree", "the idea that she wanted it is a myth"
 * </ul>
 *
 * Only the sentence of the phrase is read, a bounded number of words either side, so the rule keeps
 * a check linear. A judgement about something else ("she knew it was wrong to carry the drugs") is
 * not a rejection: the judgement must be about saying, describing or thinking.
 */
final class Rejection {

  private static final Set<String> REJECTING =
      Set.of(
          "wrong",
          "incorrect",
          "inaccurate",
          "untrue",
          "unfair",
          "misleading",
          "mistaken",
          "unhelpful",
          "inappropriate",
          "harmful",
          "blaming",
          "unacceptable",
          "false",
          "myth",
          "nonsense");

  /** After "not": "it is not true that ...", "that is not right". */
  private static final Set<String> ACCEPTING =
      Set.of(
          "true", "right", "accurate", "fair", "correct", "case", "so", "helpful", "appropriate");

  private static final Set<String> SAYING =
      Set.of(
          "say",
          "suggest",
          "describe",
          "call",
          "think",
          "claim",
          "assume",
          "label",
          "see",
          "view",
          "believe",
          "imply",
          "blame",
          "refer",
          "write",
          "record",
          "portray",
          "present",
          "characterise",
          "characterize",
          "treat",
          "regard",
          "conclude",
          "use",
          "frame",
          "talk",
          "speak",
          "that",
          "saying",
          "describing",
          "calling",
          "thinking",
          "labelling",
          "labeling");

  private static final Set<String> CHALLENGING =
      Set.of(
          "challenged",
          "challenge",
          "challenges",
          "challenging",
          "disputed",
          "dispute",
          "disputes",
          "rejected",
          "reject",
          "rejects",
          "corrected",
          "correct",
          "corrects",
          "disagree",
          "disagreed",
          "disagrees",
          "questioned",
          "avoid",
          "avoided",
          "avoids",
          "avoiding",
          "replaced",
          "replace",
          "refuted",
          "refute");

  private static final Set<String> VIEWS =
      Set.of(
          "view",
          "views",
          "idea",
          "ideas",
          "suggestion",
          "description",
          "descriptions",
          "language",
          "label",
          "labels",
          "labelling",
          "assumption",
          "assumptions",
          "term",
          "terms",
          "word",
          "words",
          "claim",
          "claims",
          "notion",
          "belief",
          "beliefs",
          "framing",
          "use",
          "myth",
          "myths",
          "narrative",
          "phrase",
          "phrases",
          "perception",
          "perceptions",
          "statement",
          "comment",
          "comments",
          "wording");

  /**
   * Words that join a challenge to what is challenged when the writer challenges: "we disagree
   * that", "I challenged Mum when".
   */
  private static final Set<String> JOINS = Set.of("that", "when", "as", "with", "this");

  private static final Set<String> MENTIONS =
      Set.of(
          "term",
          "terms",
          "word",
          "words",
          "phrase",
          "phrases",
          "label",
          "labels",
          "language",
          "wording",
          "expression",
          "expressions");

  /** Words that may stand between "the term" or "rather than" and the phrase. */
  private static final Set<String> LINKS =
      Set.of(
          "such",
          "as",
          "like",
          "of",
          "the",
          "a",
          "an",
          "saying",
          "calling",
          "using",
          "writing",
          "describing",
          "her",
          "him",
          "them",
          "his",
          "it",
          "she",
          "he",
          "they",
          "is",
          "was",
          "are",
          "were",
          "'s",
          "being",
          "that",
          "this");

  private static final Set<String> FRAMES =
      Set.of(
          "idea",
          "suggestion",
          "notion",
          "assumption",
          "view",
          "claim",
          "belief",
          "myth",
          "perception",
          "narrative");

  private static final Set<String> WE = Set.of("we", "i", "staff", "worker", "professionals");

  /** After the phrase only the writer's own rejection counts ("we disagree"). */
  private static final Set<String> WRITER = Set.of("we", "i");

  private static final int WINDOW = 15;

  private Rejection() {}

  /** Whether the phrase from word {@code first} to {@code last} is a view rejected or a mention. */
  static boolean rejected(Tokens tokens, int first, int last) {
    boolean frame = false;
    int from = first;
    while (from > 0 && first - from < WINDOW && tokens.breakBefore(from) != Tokens.SENTENCE) {
      from--;
    }
    for (int i = first - 1; i >= from; i--) {
      String word = tokens.word(i);
      if (REJECTING.contains(word) && sayingAfter(tokens, i, first)) {
        return true;
      }
      if (ACCEPTING.contains(word)
          && i > 0
          && tokens.word(i - 1).equals("not")
          && sayingAfter(tokens, i, first)) {
        return true;
      }
      if (CHALLENGING.contains(word) && viewAfter(tokens, i, first, writerBefore(tokens, i))) {
        return true;
      }
      if (FRAMES.contains(word)) {
        frame = true;
      }
    }
    if (replaced(tokens, first) || mentioned(tokens, first)) {
      return true;
    }
    return rejectedAfter(tokens, last, frame);
  }

  /** "wrong to say", "wrong that", "not true that": a word of saying within two words after. */
  private static boolean sayingAfter(Tokens tokens, int at, int first) {
    for (int j = at + 1; j < first && j <= at + 3; j++) {
      String word = tokens.word(j);
      if (SAYING.contains(word)) {
        return true;
      }
      if (!word.equals("to") && !word.equals("of") && !word.equals("be")) {
        return false;
      }
    }
    return false;
  }

  private static boolean viewAfter(Tokens tokens, int at, int first, boolean writer) {
    if (writer && at + 1 == first) {
      return true;
    }
    for (int j = at + 1; j < first && j <= at + 3; j++) {
      String word = tokens.word(j);
      if (VIEWS.contains(word) || (writer && JOINS.contains(word))) {
        return true;
      }
    }
    return false;
  }

  /** "we disagree", "I have challenged": the writer or a professional challenges. */
  private static boolean writerBefore(Tokens tokens, int verb) {
    for (int k = verb - 1; k >= 0 && verb - k <= 3; k--) {
      String word = tokens.word(k);
      if (WE.contains(word)) {
        return true;
      }
      if (!Words.AUXILIARIES.contains(word) && !Adverbs.is(tokens, k)) {
        return false;
      }
    }
    return false;
  }

  /** "rather than (calling her) a runner", "instead of saying she chose". */
  private static boolean replaced(Tokens tokens, int first) {
    return backOverLinks(
        tokens,
        first,
        5,
        i ->
            i >= 1
                && ((tokens.word(i).equals("than") && tokens.word(i - 1).equals("rather"))
                    || (tokens.word(i).equals("of") && tokens.word(i - 1).equals("instead"))));
  }

  /** "the term child prostitution", "words such as streetwise". */
  private static boolean mentioned(Tokens tokens, int first) {
    return backOverLinks(tokens, first, 3, i -> MENTIONS.contains(tokens.word(i)));
  }

  /**
   * Whether a word within {@code max} words before {@code first}, in the same sentence and with
   * only {@link #LINKS} between, is {@code found}.
   */
  private static boolean backOverLinks(
      Tokens tokens, int first, int max, java.util.function.IntPredicate found) {
    for (int i = first - 1; i >= 0 && first - i <= max; i--) {
      if (tokens.breakBefore(i + 1) == Tokens.SENTENCE) {
        return false;
      }
      if (found.test(i)) {
        return true;
      }
      if (!LINKS.contains(tokens.word(i))) {
        return false;
      }
    }
    return false;
  }

  /**
   * "..., which is not true", "this is victim blaming", "we disagree", "we do not agree"; after a
   * frame ("the idea that ..."), also "is wrong", "is a myth".
   */
  private static boolean rejectedAfter(Tokens tokens, int last, boolean frame) {
    for (int j = last + 1; j < tokens.size() && j - last <= WINDOW; j++) {
      if (tokens.breakBefore(j) == Tokens.SENTENCE) {
        return false;
      }
      String word = tokens.word(j);
      if (CHALLENGING.contains(word) && j > 0 && WRITER.contains(tokens.word(j - 1))) {
        return true;
      }
      if ((word.equals("agree") || word.equals("accept"))
          && j >= 2
          && tokens.word(j - 1).equals("not")
          && WRITER.contains(tokens.word(j - 3 >= 0 ? j - 3 : 0))) {
        return true;
      }
      boolean judged =
          REJECTING.contains(word)
              || (ACCEPTING.contains(word) && tokens.word(j - 1).equals("not"));
      if (judged && judgedThing(tokens, j, last, frame)) {
        return true;
      }
    }
    return false;
  }

  /** "which|this|that is (not) ...", or after a frame "is|was (not) ...". */
  private static boolean judgedThing(Tokens tokens, int j, int last, boolean frame) {
    int k = j - 1;
    if (tokens.word(k).equals("victim")) {
      k--;
    }
    if (tokens.word(k).equals("not") || tokens.word(k).equals("a")) {
      k--;
    }
    while (k > last && Adverbs.is(tokens, k)) {
      k--;
    }
    if (k <= last) {
      return false;
    }
    String verb = tokens.word(k);
    if (!verb.equals("is") && !verb.equals("was") && !verb.equals("'s") && !verb.equals("be")) {
      return false;
    }
    if (frame) {
      return true;
    }
    int subject = verb.equals("be") ? k - 2 : k - 1;
    if (subject <= last) {
      return false;
    }
    String who = tokens.word(subject);
    return who.equals("which") || who.equals("this") || who.equals("that");
  }
}
