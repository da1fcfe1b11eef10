package uk.harbour.matching;

import java.text.Normalizer;

/** Turns free text into the lower-case, accent-free, single-spaced form every comparator uses. */
final class Normalise {

  private Normalise() {}

  /** Letters and digits kept, everything else a single space, accents removed, lower case. */
  static String text(String value) {
    return clean(value, false);
  }

  /** As {@link #text} but apostrophes vanish (o'brien becomes obrien) and digits are dropped. */
  static String name(String value) {
    return clean(value, true);
  }

  private static String clean(String value, boolean name) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String s = value;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        break;
      }
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (name && (c == '\'' || c == '\u2019' || c == '`')) {
        continue;
      }
      boolean keep = Character.isLetter(c) || (!name && Character.isDigit(c));
      if (keep) {
        out.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int end = out.length();
    if (end > 0 && out.charAt(end - 1) == ' ') {
      out.setLength(end - 1);
    }
    return out.toString();
  }

  /** The words of already-normalised text. */
  static String[] words(String normalised) {
    return normalised.isEmpty() ? new String[0] : normalised.split(" ");
  }

  /** Normalised text with the spaces removed (for postcodes, identifiers and joined surnames). */
  static String compact(String value) {
    return text(value).replace(" ", "");
  }
}
