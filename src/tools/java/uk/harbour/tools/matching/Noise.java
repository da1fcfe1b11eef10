package uk.harbour.tools.matching;

import java.util.SplittableRandom;

/**
 * The kinds of error the held-out generator puts into a copy of a record, as FEBRL's generator and
 * Splink's synthetic data do: keyboard typos (a letter inserted, dropped, replaced by a neighbour
 * on the keyboard, or two swapped), letters that look alike to a scanner, spellings that sound
 * alike, digits changed or swapped, and words dropped or shortened.
 */
final class Noise {

  private static final String[] KEYBOARD = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
  private static final String[][] LOOK_ALIKE = {
    {"m", "rn"}, {"l", "1"}, {"o", "0"}, {"g", "q"}, {"cl", "d"}, {"h", "b"}, {"u", "v"}
  };
  private static final String[][] SOUND_ALIKE = {
    {"ph", "f"}, {"c", "k"}, {"ck", "k"}, {"ee", "ea"}, {"y", "ie"}, {"s", "z"}, {"ou", "ow"},
    {"th", "t"}, {"ll", "l"}, {"mm", "m"}, {"nn", "n"}, {"tt", "t"}, {"ie", "y"}, {"ey", "y"},
    {"son", "sen"}, {"er", "a"}
  };

  private final SplittableRandom random;

  Noise(SplittableRandom random) {
    this.random = random;
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** One keyboard slip: insert, delete, replace with a neighbouring key, or swap two letters. */
  String typo(String word) {
    if (word == null || word.length() < 2) {
      return word;
    }
    char[] c = word.toCharArray();
    int at = random.nextInt(c.length);
    StringBuilder s = new StringBuilder(word);
    switch (random.nextInt(4)) {
      case 0 -> s.insert(at, neighbour(c[at]));
      case 1 -> s.deleteCharAt(at);
      case 2 -> s.setCharAt(at, neighbour(c[at]));
      default -> {
        int j = Math.min(c.length - 1, at + 1);
        int i = j - 1;
        char t = s.charAt(i);
        s.setCharAt(i, s.charAt(j));
        s.setCharAt(j, t);
      }
    }
    return s.toString();
  }

  /** A scanner's misreading, or a typo if no look-alike letters occur. */
  String misread(String word) {
    return replaceOne(word, LOOK_ALIKE);
  }

  /** A spelling that sounds the same, or a typo if none applies. */
  String soundAlike(String word) {
    return replaceOne(word, SOUND_ALIKE);
  }

  /** One or two errors of any kind in a name or word. */
  String misspell(String word) {
    String out = pick(word);
    return chance(0.2) ? pick(out) : out;
  }

  private String pick(String word) {
    int roll = random.nextInt(10);
    if (roll < 6) {
      return typo(word);
    }
    if (roll < 8) {
      return soundAlike(word);
    }
    return misread(word);
  }

  /** A digit string with one digit changed or two neighbouring digits swapped. */
  String digits(String number) {
    if (number == null || number.isEmpty()) {
      return number;
    }
    char[] c = number.toCharArray();
    int at = random.nextInt(c.length);
    if (c.length > 1 && random.nextInt(3) == 0) {
      int j = at == c.length - 1 ? at - 1 : at + 1;
      char t = c[at];
      c[at] = c[j];
      c[j] = t;
    } else if (Character.isDigit(c[at])) {
      c[at] = (char) ('0' + (c[at] - '0' + 1 + random.nextInt(9)) % 10);
    }
    return new String(c);
  }

  private String replaceOne(String word, String[][] pairs) {
    if (word == null || word.isEmpty()) {
      return word;
    }
    int start = random.nextInt(pairs.length);
    for (int k = 0; k < pairs.length; k++) {
      String[] pair = pairs[(start + k) % pairs.length];
      boolean forward = random.nextBoolean();
      String from = forward ? pair[0] : pair[1];
      String to = forward ? pair[1] : pair[0];
      int at = word.indexOf(from);
      if (at >= 0) {
        return word.substring(0, at) + to + word.substring(at + from.length());
      }
    }
    return typo(word);
  }

  private char neighbour(char c) {
    char lower = Character.toLowerCase(c);
    for (String row : KEYBOARD) {
      int i = row.indexOf(lower);
      if (i >= 0) {
        int j = i == 0 ? 1 : i == row.length() - 1 ? i - 1 : i + (random.nextBoolean() ? 1 : -1);
        return row.charAt(j);
      }
    }
    return (char) ('a' + random.nextInt(26));
  }
}
