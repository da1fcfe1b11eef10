package uk.harbour.language;

import java.util.Locale;
import java.util.Set;

/**
 * Finds quoted speech and who said it. Double quotes, curly quotes and single quotes (not
 * apostrophes inside words) open and close a quotation; a quotation left open at the end of a line
 * is ignored. A quotation is the young person's when a speech verb next to it has the young person
 * as its subject (she/he/they/the young person/YP, or "in her own words"); any other quotation
 * ("mum said", or a phrase in scare quotes) is someone else's. Linear in the length of the text.
 */
final class Quotes {

  static final byte NONE = 0;
  static final byte OTHERS = 1;
  static final byte CHILDS = 2;

  private static final Set<String> SPEECH =
      Set.of(
          "said",
          "says",
          "say",
          "told",
          "tells",
          "stated",
          "states",
          "explained",
          "explains",
          "described",
          "describes",
          "replied",
          "replies",
          "added",
          "adds",
          "disclosed",
          "discloses",
          "shouted",
          "wrote",
          "writes",
          "texted",
          "messaged",
          "asked",
          "asks",
          "called",
          "calls",
          "answered",
          "answers",
          "commented",
          "insisted",
          "insists",
          "words",
          "shared",
          "reported",
          "reports",
          "laughed",
          "cried",
          "whispered");
  private static final Set<String> CHILD =
      Set.of("she", "he", "they", "yp", "child", "person", "i", "girl", "boy", "own");
  private static final Set<String> OTHERS_ROLES =
      Set.of(
          "mum",
          "mother",
          "dad",
          "father",
          "officer",
          "teacher",
          "staff",
          "worker",
          "carer",
          "carers",
          "police",
          "pc",
          "nurse",
          "doctor",
          "gp",
          "neighbour",
          "parent",
          "parents",
          "manager",
          "man",
          "men",
          "woman",
          "adult",
          "adults",
          "suspect",
          "driver",
          "aunt",
          "uncle",
          "nan",
          "gran",
          "sister",
          "brother",
          "friend",
          "friends",
          "school",
          "it",
          "report",
          "referral",
          "who",
          "that",
          "and",
          "also",
          "then",
          "later",
          "had",
          "has");
  private static final Set<String> PASSIVE = Set.of("was", "were", "been", "is", "being", "be");

  private Quotes() {}

  /** For each word of {@code tokens}: NONE, OTHERS or CHILDS. */
  static byte[] classify(String text, Tokens tokens, Set<String> knownAdults) {
    byte[] owners = new byte[tokens.size()];
    int length = text.length();
    int token = 0;
    int i = 0;
    while (i < length) {
      int close = -1;
      if (opens(text, i)) {
        close = closing(text, i);
      }
      if (close < 0) {
        i++;
        continue;
      }
      byte owner = owner(text, i, close, knownAdults);
      while (token < tokens.size() && tokens.start(token) < i) {
        token++;
      }
      while (token < tokens.size() && tokens.end(token) <= close) {
        owners[token++] = owner;
      }
      i = close + 1;
    }
    return owners;
  }

  private static boolean opens(String text, int i) {
    char c = text.charAt(i);
    if (c == '"' || c == '\u201c') {
      return true;
    }
    if (c == '\'' || c == '\u2018') {
      boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      boolean after = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
      return before && after;
    }
    return false;
  }

  /** The index of the closing mark, or -1 when the line ends first (or after 2,000 characters). */
  private static int closing(String text, int open) {
    char o = text.charAt(open);
    boolean single = o == '\'' || o == '\u2018';
    int limit = Math.min(text.length(), open + 2000);
    for (int j = open + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return -1;
      }
      if (!single && (c == '"' || c == '\u201d')) {
        return j;
      }
      if (single && (c == '\'' || c == '\u2019')) {
        boolean after = j + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 1));
        if (after) {
          return j;
        }
      }
    }
    return -1;
  }

  private static byte owner(String text, int open, int close, Set<String> knownAdults) {
    String before = text.substring(Math.max(0, open - 60), open);
    int sentence = Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'));
    before = before.substring(sentence + 1);
    String after = text.substring(close + 1, Math.min(text.length(), close + 40));
    int end = after.indexOf('.');
    after = end >= 0 ? after.substring(0, end) : after;
    Tokens left = Tokens.of(before);
    Tokens right = Tokens.of(after);
    Boolean speaker = speaker(before, left, true, knownAdults);
    if (speaker == null) {
      speaker = speaker(after, right, false, knownAdults);
    }
    return Boolean.TRUE.equals(speaker) ? CHILDS : OTHERS;
  }

  /**
   * A capitalised word that is not a role ("Mum", "Officer") nor an adult the record knows: taken
   * to be the young person's name.
   */
  private static boolean isName(String text, Tokens words, int i, Set<String> knownAdults) {
    String word = words.word(i);
    if (OTHERS_ROLES.contains(word) || word.length() < 2) {
      return false;
    }
    for (String adult : knownAdults) {
      if (adult.equalsIgnoreCase(word)) {
        return false;
      }
    }
    return Character.isUpperCase(text.charAt(words.start(i)));
  }

  /** TRUE if the young person speaks, FALSE if someone else, null if no speech verb. */
  private static Boolean speaker(
      String text, Tokens words, boolean beforeQuote, Set<String> knownAdults) {
    int n = words.size();
    int from = beforeQuote ? n - 1 : 0;
    for (int k = 0; k < Math.min(n, 6); k++) {
      int i = beforeQuote ? from - k : from + k;
      String word = words.word(i).toLowerCase(Locale.ROOT);
      if (!SPEECH.contains(word)) {
        continue;
      }
      String subject = i > 0 ? words.word(i - 1) : "";
      if (PASSIVE.contains(subject) || word.equals("described") && !beforeQuote) {
        return false;
      }
      if (CHILD.contains(subject)) {
        return true;
      }
      if (i > 0 && isName(text, words, i - 1, knownAdults)) {
        return true;
      }
      String next = i + 1 < n ? words.word(i + 1) : "";
      if (!beforeQuote && CHILD.contains(next)) {
        return true;
      }
      return false;
    }
    return null;
  }
}
