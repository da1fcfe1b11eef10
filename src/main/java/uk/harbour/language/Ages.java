package uk.harbour.language;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Ages written in a sentence: "aged 19", "who is 31", "he's 30", "a 24-year-old", "24yo", "(26)",
 * "Dean, 23,". A number is read as an age only with such a cue; "6 years older" is an age gap, not
 * an age, and "for 2 years" is a time.
 */
final class Ages {

  private static final Set<String> BEFORE =
      Set.of("aged", "age", "is", "was", "'s", "turned", "turns", "turning", "now", "are", "were");
  private static final Set<String> SUFFIXES = Set.of("yo", "y", "yr", "yrs", "yro");
  private static final Set<String> AFTER = Set.of("yo", "yr", "yrs", "yro");

  private Ages() {}

  /** The age written at word {@code i}, or null when it is not an age. */
  static @Nullable Integer at(Tokens tokens, int i) {
    String word = tokens.word(i);
    int digits = 0;
    while (digits < word.length() && word.charAt(digits) >= '0' && word.charAt(digits) <= '9') {
      digits++;
    }
    if (digits == 0 || digits > 2) {
      return null;
    }
    String rest = word.substring(digits);
    if (!rest.isEmpty() && !SUFFIXES.contains(rest)) {
      return null;
    }
    int value = Integer.parseInt(word.substring(0, digits));
    if (!rest.isEmpty()) {
      return value;
    }
    String next = i + 1 < tokens.size() && joined(tokens, i + 1) ? tokens.word(i + 1) : "";
    String afterNext = i + 2 < tokens.size() && joined(tokens, i + 2) ? tokens.word(i + 2) : "";
    if ((next.equals("years") || next.equals("year")) && afterNext.equals("old")) {
      return value;
    }
    if (next.equals("years") || next.equals("year")) {
      return null;
    }
    if (AFTER.contains(next)) {
      return value;
    }
    if (i > 0 && joined(tokens, i) && BEFORE.contains(tokens.word(i - 1))) {
      return value;
    }
    if (tokens.charBefore(i) == '(' && tokens.charAfter(i) == ')') {
      return value;
    }
    boolean apposition =
        i > 0
            && tokens.breakBefore(i) == Tokens.CLAUSE
            && tokens.charBefore(i) != '('
            && (i + 1 == tokens.size() || tokens.breakBefore(i + 1) != Tokens.JOINED);
    return apposition && value >= 10 ? value : null;
  }

  private static boolean joined(Tokens tokens, int i) {
    return tokens.breakBefore(i) == Tokens.JOINED;
  }
}
