package uk.harbour.language;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted speech and who said it. Double quotes, curly quotes and single quotes (not
 * apostrophes inside words) open and close a quotation; a quotation left open at the end of a line
 * (or after 2,000 characters) is ignored, and a quotation inside another one belongs to the outer
 * one. The pairing is one pass over the text; who said each quotation is decided by {@link
 * Speakers} from a few words around it. Linear in the length of the text.
 */
final class Quotes {

  static final byte NONE = 0;
  static final byte OTHERS = 1;
  static final byte CHILDS = 2;

  static final int MAX_QUOTE = 2000;

  private Quotes() {}

  /** For each word of {@code tokens}: NONE, OTHERS or CHILDS. */
  static byte[] classify(String text, Tokens tokens, TextContext ctx) {
    byte[] owners = new byte[tokens.size()];
    int token = 0;
    for (int[] pair : pairs(text)) {
      int open = pair[0];
      int close = pair[1];
      while (token < tokens.size() && tokens.start(token) < open) {
        token++;
      }
      int first = token;
      while (token < tokens.size() && tokens.end(token) <= close) {
        token++;
      }
      if (token == first) {
        continue;
      }
      byte owner = Speakers.owner(text, tokens, first, token - 1, open, close, ctx);
      for (int i = first; i < token; i++) {
        owners[i] = owner;
      }
    }
    return owners;
  }

  /**
   * The outermost quotations as {open, close} character offsets, in order. One pass: at most one
   * double and one single quotation can be open at a time; a line break forgets both.
   */
  static List<int[]> pairs(String text) {
    List<int[]> pairs = new ArrayList<>();
    int openDouble = -1;
    int openSingle = -1;
    int length = text.length();
    for (int j = 0; j < length; j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        openDouble = -1;
        openSingle = -1;
        continue;
      }
      if (openDouble >= 0 && j - openDouble >= MAX_QUOTE) {
        openDouble = -1;
      }
      if (openSingle >= 0 && j - openSingle >= MAX_QUOTE) {
        openSingle = -1;
      }
      if (c == '"' || c == '\u201d' || c == '\u201c') {
        if (openDouble >= 0 && c != '\u201c') {
          add(pairs, openDouble, j);
          if (openSingle > openDouble) {
            openSingle = -1;
          }
          openDouble = -1;
        } else if (openDouble < 0 && c != '\u201d') {
          openDouble = j;
        }
      } else if (opensSingle(text, j)) {
        if (openSingle < 0) {
          openSingle = j;
        }
      } else if (openSingle >= 0 && closesSingle(text, j)) {
        add(pairs, openSingle, j);
        if (openDouble > openSingle) {
          openDouble = -1;
        }
        openSingle = -1;
      }
    }
    return pairs;
  }

  /** Adds a pair, dropping earlier pairs that lie inside it (pairs arrive in order of closing). */
  private static void add(List<int[]> pairs, int open, int close) {
    while (!pairs.isEmpty() && pairs.get(pairs.size() - 1)[0] > open) {
      pairs.remove(pairs.size() - 1);
    }
    pairs.add(new int[] {open, close});
  }

  private static boolean opensSingle(String text, int i) {
    char c = text.charAt(i);
    if (c != '\'' && c != '\u2018') {
      return false;
    }
    boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    boolean after = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    return before && after;
  }

  private static boolean closesSingle(String text, int j) {
    char c = text.charAt(j);
    if (c != '\'' && c != '\u2019') {
      return false;
    }
    return j + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 1));
  }
}
