package uk.harbour.language;

import java.util.Locale;
import java.util.Set;

/** The context rules of an entry: negation, the child's age, and whether the other is an adult. */
final class Context {

  private static final Set<String> NEGATORS =
      Set.of("no", "not", "never", "nor", "without", "cannot", "neither", "nothing", "none");
  private static final Set<String> CLAUSE_WORDS =
      Set.of("and", "but", "because", "although", "though", "however", "or", "so", "while");
  private static final Set<String> ADULT_WORDS =
      Set.of(
          "older",
          "adult",
          "adults",
          "grown",
          "man",
          "men",
          "woman",
          "women",
          "olders",
          "elder",
          "elders",
          "20s",
          "30s",
          "40s",
          "50s",
          "twenties",
          "thirties",
          "forties",
          "fifties");
  private static final Set<String> AGE_WORDS =
      Set.of("aged", "age", "year", "years", "yr", "yrs", "yo", "old", "is", "was");
  private static final Set<String> FAMILY =
      Set.of(
          "mum",
          "mother",
          "dad",
          "father",
          "sister",
          "brother",
          "sibling",
          "siblings",
          "aunt",
          "uncle",
          "cousin",
          "cousins",
          "nan",
          "gran",
          "grandmother",
          "grandfather",
          "grandad",
          "carer",
          "carers",
          "parent",
          "parents",
          "stepdad",
          "stepmum",
          "foster",
          "teacher",
          "worker",
          "mentor");
  private static final Set<String> COERCION =
      Set.of(
          "coerced",
          "forced",
          "pressured",
          "pressurised",
          "pressurized",
          "made",
          "groomed",
          "tricked",
          "manipulated",
          "blackmailed",
          "threatened",
          "persuaded",
          "told",
          "ordered");
  private static final int NEGATION_WINDOW = 5;
  private static final int ADULT_WINDOW = 8;

  private Context() {}

  static boolean applies(GuideEntry entry, Tokens tokens, int first, int last, TextContext ctx) {
    Integer age = ctx.childAge();
    if (age != null && entry.maxChildAge() != null && age > entry.maxChildAge()) {
      return false;
    }
    if (entry.negatable() && negated(tokens, first)) {
      return false;
    }
    if (entry.notAfterCoercion() && afterCoercion(tokens, first)) {
      return false;
    }
    return !entry.needsAdult() || adultNearby(tokens, first, last, ctx);
  }

  static Severity severity(GuideEntry entry, TextContext ctx) {
    Integer age = ctx.childAge();
    if (age != null && entry.seriousUnderAge() != null && age < entry.seriousUnderAge()) {
      return Severity.HIGH;
    }
    return entry.severity();
  }

  /** Words of coercion just before the phrase: "coerced into", "made to", "forced". */
  static boolean afterCoercion(Tokens tokens, int first) {
    for (int k = 1; k <= 2; k++) {
      int i = first - k;
      if (i < 0 || tokens.breakBefore(i + 1) == Tokens.SENTENCE) {
        return false;
      }
      if (COERCION.contains(tokens.word(i))) {
        return true;
      }
    }
    return false;
  }

  /** A negation within a few words before the phrase, in the same clause. */
  static boolean negated(Tokens tokens, int first) {
    for (int k = 1; k <= NEGATION_WINDOW; k++) {
      int i = first - k;
      if (i < 0 || tokens.breakBefore(i + 1) != Tokens.JOINED) {
        return false;
      }
      String word = tokens.word(i);
      if (NEGATORS.contains(word) || word.endsWith("n't")) {
        return true;
      }
      if (CLAUSE_WORDS.contains(word)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the sentence around the phrase shows an adult or much older person: an age of 18 or
   * more (or at least four years above the child's), words such as "older" or "adult", or a name
   * the record links to an adult. An age under 18 next to the phrase means a peer: not flagged.
   */
  static boolean adultNearby(Tokens tokens, int first, int last, TextContext ctx) {
    int from = first;
    while (from > 0 && first - from < ADULT_WINDOW && tokens.breakBefore(from) != Tokens.SENTENCE) {
      from--;
    }
    int to = last;
    while (to + 1 < tokens.size()
        && to - last < ADULT_WINDOW
        && tokens.breakBefore(to + 1) != Tokens.SENTENCE) {
      to++;
    }
    for (int i = last + 1; i <= Math.min(to, last + 3); i++) {
      if (FAMILY.contains(tokens.word(i))) {
        return false;
      }
    }
    boolean adult = false;
    for (int i = from; i <= to; i++) {
      String word = tokens.word(i);
      Integer years = age(tokens, i, from, to);
      if (years != null) {
        Integer child = ctx.childAge();
        boolean older = years >= 18 || (child != null && years - child >= 4);
        if (!older) {
          return false;
        }
        adult = true;
      } else if ((ADULT_WORDS.contains(word)
              && !(i + 1 <= to && FAMILY.contains(tokens.word(i + 1))))
          || knownAdult(word, ctx)) {
        adult = true;
      }
    }
    return adult;
  }

  private static boolean knownAdult(String word, TextContext ctx) {
    for (String name : ctx.knownAdults()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (!lower.isBlank() && (word.equals(lower) || word.equals(lower + "'s"))) {
        return true;
      }
    }
    return false;
  }

  /** The number at {@code i} if it is an age ("24", "aged 24", "24-year-old", "24 yo"). */
  private static Integer age(Tokens tokens, int i, int from, int to) {
    String word = tokens.word(i);
    if (word.isEmpty() || word.length() > 2 || !Character.isDigit(word.charAt(0))) {
      return null;
    }
    for (char c : word.toCharArray()) {
      if (c < '0' || c > '9') {
        return null;
      }
    }
    boolean ageWord =
        (i > from && AGE_WORDS.contains(tokens.word(i - 1)))
            || (i < to && AGE_WORDS.contains(tokens.word(i + 1)));
    return ageWord ? Integer.parseInt(word) : null;
  }
}
