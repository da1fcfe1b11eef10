package uk.harbour.language;

import java.util.Arrays;

/**
 * The words of a text, lower-cased (per code point, locale-independent), with their offsets, and
 * what separates each word from the one before it (nothing, a clause break such as a comma, or a
 * sentence break). Letters and digits of any script form words; an apostrophe between letters stays
 * inside the word (she's, isn't). Everything else (punctuation, emoji, control characters)
 * separates words. Linear in the length.
 */
final class Tokens {

  static final byte JOINED = 0;
  static final byte CLAUSE = 1;
  static final byte SENTENCE = 2;

  private String[] words = new String[16];
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private byte[] breaks = new byte[16];
  private int size;

  private Tokens() {}

  static Tokens of(String text) {
    Tokens tokens = new Tokens();
    int length = text.length();
    int i = 0;
    int previousEnd = 0;
    StringBuilder word = new StringBuilder();
    while (i < length) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      word.setLength(0);
      while (i < length) {
        int c = text.codePointAt(i);
        if (Character.isLetterOrDigit(c)) {
          word.appendCodePoint(Character.toLowerCase(c));
          i += Character.charCount(c);
        } else if (isApostrophe(c)
            && i + 1 < length
            && Character.isLetter(text.codePointAt(i + 1))
            && word.length() > 0) {
          word.append('\'');
          i++;
        } else {
          break;
        }
      }
      tokens.add(word.toString(), start, i, separator(text, previousEnd, start));
      previousEnd = i;
    }
    return tokens;
  }

  static boolean isApostrophe(int c) {
    return c == '\'' || c == '\u2019';
  }

  private static byte separator(String text, int from, int to) {
    byte result = JOINED;
    int newlines = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '.', '!', '?', ';' -> result = SENTENCE;
        case ',', ':', '(', ')', '[', ']', '\u2013', '\u2014', '"', '\u201c', '\u201d' -> {
          if (result == JOINED) {
            result = CLAUSE;
          }
        }
        case '\n' -> {
          newlines++;
          if (newlines >= 2) {
            result = SENTENCE;
          }
        }
        default -> {}
      }
    }
    return from == 0 ? SENTENCE : result;
  }

  private void add(String word, int start, int end, byte separator) {
    if (size == words.length) {
      int capacity = size * 2;
      words = Arrays.copyOf(words, capacity);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      breaks = Arrays.copyOf(breaks, capacity);
    }
    words[size] = word;
    starts[size] = start;
    ends[size] = end;
    breaks[size] = separator;
    size++;
  }

  int size() {
    return size;
  }

  String word(int i) {
    return words[i];
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  /** What separates word {@code i} from word {@code i - 1} (SENTENCE for the first word). */
  byte breakBefore(int i) {
    return breaks[i];
  }
}
