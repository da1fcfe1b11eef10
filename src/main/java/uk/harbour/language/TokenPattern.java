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
 *   <li>{@code {self}}, {@code {obj}}, {@code {subj}}, {@code {poss}}: pronoun classes; {@code
 *       {any}}: any one word
 *   <li>a trailing {@code ?}: the element may be missing
 *   <li>{@code !a|b}: the next word (if any, in the same sentence) must not be one of these; it is
 *       not part of the match
 * </ul>
 *
 * Hyphens and punctuation in the text separate words, so {@code risk taking} also matches
 * "risk-taking". The first element must be a required list of words (that is how the guide indexes
 * patterns so a check is linear).
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
          "{poss}", Set.of("her", "his", "their", "my", "your"));

  private record Element(
      Set<String> words, List<String> prefixes, boolean any, boolean optional, boolean negative) {

    boolean accepts(String word) {
      if (any || words.contains(word)) {
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

  private TokenPattern(String source, List<Element> elements) {
    this.source = source;
    this.elements = elements;
  }

  static TokenPattern compile(String source) {
    String[] parts = source.trim().toLowerCase(Locale.ROOT).split("\\s+");
    List<Element> elements = new ArrayList<>();
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      boolean negative = part.startsWith("!");
      boolean optional = part.endsWith("?");
      String body = part.substring(negative ? 1 : 0, part.length() - (optional ? 1 : 0));
      Set<String> words = new HashSet<>();
      List<String> prefixes = new ArrayList<>();
      boolean any = false;
      for (String alternative : body.split("\\|")) {
        String word = alternative.replace('\u2019', '\'');
        if (word.equals("{any}")) {
          any = true;
        } else if (CLASSES.containsKey(word)) {
          words.addAll(CLASSES.get(word));
        } else if (word.endsWith("*") && word.length() > 1) {
          prefixes.add(word.substring(0, word.length() - 1));
        } else if (!word.isEmpty()) {
          words.add(word);
        }
      }
      if (!any && words.isEmpty() && prefixes.isEmpty()) {
        throw new IllegalArgumentException("Empty element in pattern: " + source);
      }
      elements.add(new Element(Set.copyOf(words), List.copyOf(prefixes), any, optional, negative));
    }
    if (elements.isEmpty()) {
      throw new IllegalArgumentException("Empty pattern");
    }
    Element first = elements.get(0);
    if (first.any || first.optional || first.negative || !first.prefixes.isEmpty()) {
      throw new IllegalArgumentException(
          "A pattern must start with a required list of whole words: " + source);
    }
    return new TokenPattern(source, List.copyOf(elements));
  }

  String source() {
    return source;
  }

  /** The words a match can start with (for the index). */
  Set<String> firstWords() {
    return elements.get(0).words;
  }

  /**
   * Matches starting at word {@code at}; returns the index of the last matched word, or -1. Never
   * crosses a sentence break.
   */
  int matchAt(Tokens tokens, int at) {
    return match(tokens, 0, at, -1);
  }

  private int match(Tokens tokens, int element, int position, int lastMatched) {
    if (element == elements.size()) {
      return lastMatched;
    }
    Element current = elements.get(element);
    boolean available =
        position < tokens.size()
            && (position == 0
                || lastMatched < 0
                || tokens.breakBefore(position) != Tokens.SENTENCE);
    if (current.negative) {
      if (available && current.accepts(tokens.word(position))) {
        return -1;
      }
      return match(tokens, element + 1, position, lastMatched);
    }
    if (available && current.accepts(tokens.word(position))) {
      int result = match(tokens, element + 1, position + 1, position);
      if (result >= 0) {
        return result;
      }
    }
    if (current.optional) {
      return match(tokens, element + 1, position, lastMatched);
    }
    return -1;
  }
}
