package uk.harbour.language;

import java.util.Arrays;

/**
 * The words of a text, lower-cased (per code point, locale-independent), with their offsets, and
 * what separates each word from the one before it (nothing, a clause break such as a comma, or a
 * sentence break). Letters and digits of any script form words. Contractions are split into their
 * words so that patterns see the grammar: "doesn't" is "does" + "not", "won't" is "will" + "not",
 * "they've" is "they" + "have", "she's" and "boyfriend's" are "she"/"boyfriend" + "'s" (is, has or
 * the possessive), "she'd" is "she" + "'d" (had or would); "her self" is one word "herself". The
 * same contractions typed without the apostrophe ("doesnt", "wont", "shes") are read the same way.
 * Everything else (punctuation, emoji, control characters) separates words; quotation marks do not
 * break a clause. Linear in the length.
 */
final class Tokens {

  static final byte JOINED = 0;
  static final byte CLAUSE = 1;
  static final byte SENTENCE = 2;

  private final String text;
  private String[] words = new String[16];
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private byte[] breaks = new byte[16];
  private boolean[] capitals = new boolean[16];
  private int size;

  private Tokens(String text) {
    this.text = text;
  }

  static Tokens of(String text) {
    Tokens tokens = new Tokens(text);
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
      byte separator = separator(text, previousEnd, start);
      boolean capital = Character.isUpperCase(cp);
      tokens.addWord(word.toString(), start, i, separator, capital);
      previousEnd = i;
    }
    return tokens;
  }

  static boolean isApostrophe(int c) {
    return c == '\'' || c == '\u2019';
  }

  /** Adds a word, split into its parts when it is a contraction. */
  private void addWord(String word, int start, int end, byte separator, boolean capital) {
    if (mergesSelf(word, separator)) {
      words[size - 1] = words[size - 1] + word;
      ends[size - 1] = end;
      return;
    }
    String[] parts = Clitics.split(word);
    if (parts == null) {
      add(word, start, end, separator, capital);
      return;
    }
    // parts[0] is the host word, parts[1] the clitic; the clitic's text is the end of the word.
    int split = Math.max(start, end - parts[2].length());
    add(parts[0], start, split, separator, capital);
    add(parts[1], split, end, JOINED, false);
  }

  /** "her self", "him self", "them selves": one reflexive word. */
  private boolean mergesSelf(String word, byte separator) {
    if (size == 0 || separator != JOINED || !(word.equals("self") || word.equals("selves"))) {
      return false;
    }
    String previous = words[size - 1];
    return switch (previous) {
      case "her", "him", "them", "my", "your", "our", "it", "one" -> true;
      default -> false;
    };
  }

  private static byte separator(String text, int from, int to) {
    if (to - from == 1 && from > 0 && text.charAt(from) == ' ') {
      return JOINED;
    }
    byte result = JOINED;
    int newlines = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '.', '!', '?' -> result = SENTENCE;
        case ',', ':', ';', '(', ')', '[', ']', '\u2013', '\u2014' -> {
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

  private void add(String word, int start, int end, byte separator, boolean capital) {
    if (size == words.length) {
      int capacity = size * 2;
      words = Arrays.copyOf(words, capacity);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      breaks = Arrays.copyOf(breaks, capacity);
      capitals = Arrays.copyOf(capitals, capacity);
    }
    words[size] = word;
    starts[size] = start;
    ends[size] = end;
    breaks[size] = separator;
    capitals[size] = capital;
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

  /** Whether word {@code i} was written with a capital letter. */
  boolean capitalised(int i) {
    return capitals[i];
  }

  /** The character just before word {@code i} (0 at the start) and just after it (0 at the end). */
  char charBefore(int i) {
    return starts[i] == 0 ? 0 : text.charAt(starts[i] - 1);
  }

  char charAfter(int i) {
    return ends[i] >= text.length() ? 0 : text.charAt(ends[i]);
  }

  /** What separates word {@code i} from word {@code i - 1} (SENTENCE for the first word). */
  byte breakBefore(int i) {
    return breaks[i];
  }

  /** Whether words {@code a} and {@code b} (a before b) are in the same sentence. */
  boolean sameSentence(int a, int b) {
    for (int i = a + 1; i <= b; i++) {
      if (breaks[i] == SENTENCE) {
        return false;
      }
    }
    return true;
  }
}
