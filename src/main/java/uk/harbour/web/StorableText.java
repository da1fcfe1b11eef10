package uk.harbour.web;

/**
 * Which characters Harbour keeps in text people send. PostgreSQL refuses NUL in text outright, and
 * no one types the other control characters: they arrive from copying and pasting, or from tools
 * probing the service. Refused: C0 controls other than tab, line feed and carriage return; DEL; C1
 * controls; a surrogate without its pair; and Unicode's noncharacters. Everything else (every
 * script, emoji, right-to-left marks) is kept as sent.
 */
final class StorableText {

  private StorableText() {}

  /** Whether every character of {@code text} may be stored. */
  static boolean isStorable(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (refused(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** {@code text} without the characters Harbour refuses. */
  static String storable(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().filter(c -> !refused(c)).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  static boolean refused(int c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r';
    }
    return (c >= 0x7F && c <= 0x9F)
        || (c <= 0xFFFF && Character.isSurrogate((char) c))
        || (c >= 0xFDD0 && c <= 0xFDEF)
        || (c & 0xFFFE) == 0xFFFE;
  }
}
