package uk.harbour.language;

import java.util.Set;

/**
 * The context rules of an entry: the child's age, coercion, and whether the other person is an
 * adult. (Negation is {@link Negation}; conditions written in patterns are {@link Guards}.)
 */
final class Context {

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
          "senior",
          "20s",
          "30s",
          "40s",
          "50s",
          "60s",
          "twenties",
          "thirties",
          "forties",
          "fifties",
          "sixties");
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
          "auntie",
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
          "stepfather",
          "stepmother",
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
  private static final int ADULT_WINDOW = 10;

  private Context() {}

  static boolean applies(GuideEntry entry, Tokens tokens, int first, int last, TextContext ctx) {
    Integer age = ctx.childAge();
    if (age != null && entry.maxChildAge() != null && age > entry.maxChildAge()) {
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

  /**
   * Words of coercion just before the phrase: "coerced into", "made to", "forced"; also before a
   * coordinated verb: "coerced into harming or recruiting others".
   */
  static boolean afterCoercion(Tokens tokens, int first) {
    for (int k = 1; k <= 4; k++) {
      int i = first - k;
      if (i < 0 || tokens.breakBefore(i + 1) == Tokens.SENTENCE) {
        return false;
      }
      if (k > 2 && !coordinated(tokens, first)) {
        return false;
      }
      if (COERCION.contains(tokens.word(i))) {
        return true;
      }
    }
    return false;
  }

  /** "harming or recruiting": the phrase's verb is joined by "or"/"and" to the verb before it. */
  private static boolean coordinated(Tokens tokens, int first) {
    if (first < 2) {
      return false;
    }
    String joiner = tokens.word(first - 1);
    return joiner.equals("or") || joiner.equals("and");
  }

  /**
   * Whether the sentence around the phrase shows an adult or much older person. The age written
   * nearest the phrase decides (an age equal to the child's own, further away, is taken to be the
   * child's): 18 or more, or at least four years above the child's, is an adult; under that, a
   * peer. With no age: words such as "older", "adult", "man", or a name the record links to an
   * adult. A family word next to it ("her older sister's boyfriend", "Mum's partner") is someone
   * else's relationship.
   */
  static boolean adultNearby(Tokens tokens, int first, int last, TextContext ctx) {
    if (familyNext(tokens, first, last)) {
      return false;
    }
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
    Integer child = ctx.childAge();
    Integer nearest = null;
    int nearestDistance = Integer.MAX_VALUE;
    boolean adult = false;
    for (int i = from; i <= to; i++) {
      Integer years = (i >= first && i <= last) ? null : Ages.at(tokens, i);
      if (years != null) {
        int distance = i < first ? first - i : i - last;
        boolean childsOwn = child != null && years.equals(child) && distance > 2;
        int weighted = childsOwn ? distance + ADULT_WINDOW * 2 : distance;
        if (weighted < nearestDistance) {
          nearest = years;
          nearestDistance = weighted;
        }
        continue;
      }
      String word = tokens.word(i);
      if ((ADULT_WORDS.contains(word) && !(i + 1 <= to && FAMILY.contains(tokens.word(i + 1))))
          || ctx.isKnownAdult(word)) {
        adult = true;
      }
    }
    if (nearest != null) {
      return nearest >= 18 || (child != null && nearest - child >= 4);
    }
    return adult;
  }

  /** "relationship with her older sister", "Mum's boyfriend", "her sister's girlfriend". */
  private static boolean familyNext(Tokens tokens, int first, int last) {
    for (int i = last + 1; i < tokens.size() && i <= last + 3; i++) {
      if (tokens.breakBefore(i) != Tokens.JOINED) {
        break;
      }
      if (FAMILY.contains(tokens.word(i))) {
        return true;
      }
    }
    int before = first - 1;
    if (before >= 1 && tokens.word(before).equals("'s")) {
      return FAMILY.contains(tokens.word(before - 1));
    }
    return false;
  }
}
