package uk.harbour.language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One pattern of a guide entry, compiled from a line such as {@code put|puts|putting {self} at
 * risk}. Elements are separated by spaces:
 *
 * <ul>
 *   <li>{@code a|b|c}: one of these words; {@code word*}: any word starting with {@code word}
 *   <li>{@code {self}}, {@code {obj}}, {@code {subj}}, {@code {poss}}, {@code {det}}: word classes;
 *       {@code {any}}: any one word; {@code {number}}: a number in digits or words ("18",
 *       "eighteen")
 *   <li>a trailing {@code ?}: the element may be missing
 *   <li>{@code !a|b} after the first element: the next word (if any, in the same clause) must not
 *       be one of these; it is not part of the match. Before the first element: the word just
 *       before the match must not be one of these ("!trusted|positive relationship with")
 *   <li>{@code <child>}, {@code <conduct>}, {@code <online>}, {@code <drugs>}, {@code <notsafe>},
 *       {@code <asserted>}, {@code <young>}, {@code <olderage>}: conditions on the sentence around
 *       the match (see {@link Guards})
 * </ul>
 *
 * Hyphens and punctuation in the text separate words, so {@code risk taking} also matches
 * "risk-taking"; a match never crosses a comma, colon, bracket or sentence end. Up to two adverbs
 * may stand between the words of a phrase ("is putting herself constantly at risk", "goes missing
 * very often"), never before the first word. {@code 's} in the text is accepted wherever {@code
 * is}, {@code has} or a possessive is; {@code 'd} wherever {@code had} or {@code would} is. The
 * first element must be a required list of whole words (that is how the guide indexes patterns so a
 * check is linear).
 */
final class TokenPattern {

  static final Map<String, Set<String>> CLASSES =
      Map.of(
          "{self}",
              Set.of(
                  "herself",
                  "himself",
                  "themselves",
                  "themself",
                  "themselfs",
                  "yourself",
                  "myself",
                  "ourselves"),
          "{obj}", Set.of("her", "him", "them", "me", "you", "us"),
          "{subj}", Set.of("she", "he", "they", "yp", "i", "we"),
          "{poss}", Set.of("her", "his", "their", "my", "your", "'s"),
          "{det}",
              Set.of(
                  "a", "an", "the", "this", "that", "these", "those", "her", "his", "their", "my",
                  "your", "some", "any"));

  private static final int MAX_SKIPS = 2;

  private record Element(
      Set<String> words,
      List<String> prefixes,
      boolean any,
      boolean number,
      boolean optional,
      boolean negative) {

    boolean accepts(String word) {
      if (any || words.contains(word)) {
        return true;
      }
      if (number && Words.number(word) != null) {
        return true;
      }
      for (String prefix : prefixes) {
        if (word.startsWith(prefix)) {
          return true;
        }
      }
      return false;
    }
  }

  private final String source;
  private final List<Element> elements;
  private final Set<String> notAfter;
  private final List<String> guards;

  private TokenPattern(
      String source, List<Element> elements, Set<String> notAfter, List<String> guards) {
    this.source = source;
    this.elements = elements;
    this.notAfter = notAfter;
    this.guards = guards;
  }

  static TokenPattern compile(String source) {
    String[] parts = source.trim().toLowerCase(Locale.ROOT).split("\\s+");
    List<Element> elements = new ArrayList<>();
    Set<String> notAfter = new HashSet<>();
    List<String> guards = new ArrayList<>();
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.startsWith("<") && part.endsWith(">")) {
        String guard = part.substring(1, part.length() - 1);
        if (!Guards.NAMES.contains(guard)) {
          throw new IllegalArgumentException("Unknown condition <" + guard + "> in: " + source);
        }
        guards.add(guard);
        continue;
      }
      Element element = element(part, source);
      if (element.negative && elements.isEmpty()) {
        notAfter.addAll(element.words);
      } else {
        elements.add(element);
      }
    }
    if (elements.isEmpty()) {
      throw new IllegalArgumentException("Empty pattern");
    }
    Element first = elements.get(0);
    if (first.any
        || first.number
        || first.optional
        || first.negative
        || !first.prefixes.isEmpty()) {
      throw new IllegalArgumentException(
          "A pattern must start with a required list of whole words: " + source);
    }
    return new TokenPattern(
        source, List.copyOf(elements), Set.copyOf(notAfter), List.copyOf(guards));
  }

  private static Element element(String part, String source) {
    boolean negative = part.startsWith("!");
    boolean optional = part.endsWith("?") && part.length() > 1;
    String body = part.substring(negative ? 1 : 0, part.length() - (optional ? 1 : 0));
    Set<String> words = new HashSet<>();
    List<String> prefixes = new ArrayList<>();
    boolean any = false;
    boolean number = false;
    for (String alternative : body.split("\\|")) {
      String word = alternative.replace('\u2019', '\'');
      if (word.equals("{any}")) {
        any = true;
      } else if (word.equals("{number}")) {
        number = true;
      } else if (CLASSES.containsKey(word)) {
        words.addAll(CLASSES.get(word));
      } else if (word.endsWith("*") && word.length() > 1) {
        prefixes.add(word.substring(0, word.length() - 1));
      } else if (!word.isEmpty()) {
        words.add(word);
      }
    }
    if (!any && !number && words.isEmpty() && prefixes.isEmpty()) {
      throw new IllegalArgumentException("Empty element in pattern: " + source);
    }
    if (words.contains("is") || words.contains("has")) {
      words.add("'s");
    }
    if (words.contains("had") || words.contains("would")) {
      words.add("'d");
    }
    return new Element(Set.copyOf(words), List.copyOf(prefixes), any, number, optional, negative);
  }

  String source() {
    return source;
  }

  /** The words a match can start with (for the index). */
  Set<String> firstWords() {
    return elements.get(0).words;
  }

  /** The conditions on the sentence around a match ({@link Guards}). */
  List<String> guards() {
    return guards;
  }

  /**
   * Matches starting at word {@code at}; returns the index of the last matched word, or -1. Never
   * crosses a clause or sentence break.
   */
  int matchAt(Tokens tokens, int at) {
    if (!notAfter.isEmpty()
        && at > 0
        && tokens.breakBefore(at) == Tokens.JOINED
        && notAfter.contains(tokens.word(at - 1))) {
      return -1;
    }
    return match(tokens, 0, at, -1, 0);
  }

  private int match(Tokens tokens, int element, int position, int lastMatched, int skips) {
    if (element == elements.size()) {
      return lastMatched;
    }
    Element current = elements.get(element);
    boolean available =
        position < tokens.size()
            && (lastMatched < 0 || tokens.breakBefore(position) == Tokens.JOINED);
    if (current.negative) {
      if (available && current.accepts(tokens.word(position))) {
        return -1;
      }
      return match(tokens, element + 1, position, lastMatched, skips);
    }
    if (available && current.accepts(tokens.word(position))) {
      int result = match(tokens, element + 1, position + 1, position, skips);
      if (result >= 0) {
        return result;
      }
    }
    if (current.optional) {
      int result = match(tokens, element + 1, position, lastMatched, skips);
      if (result >= 0) {
        return result;
      }
    }
    if (available && lastMatched >= 0 && skips < MAX_SKIPS && Adverbs.is(tokens, position)) {
      return match(tokens, element, position + 1, lastMatched, skips + 1);
    }
    return -1;
  }
}
