package uk.harbour.matching.entities;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * UK vehicle registration marks, full or partial. Normalised marks are upper case without spaces or
 * dashes, with '?' for a character the witness did not see. A mark is <em>full</em> when it has no
 * unknown character and the shape of a current (AB12 CDE), prefix (A123 BCD) or suffix (ABC 123D)
 * mark; anything else (unknown characters, or only part of a mark such as "KX1") is
 * <em>partial</em>. A short dateless or personalised mark (J1, ABC 123) is therefore treated as
 * partial: it is only ever found through the characters it has and never counts against. A
 * seven-character mark with a look-alike in the wrong place ("0X12ABC") is read as the current mark
 * it must be ("OX12ABC").
 */
public final class Plates {

  /** The longest UK mark has seven characters. */
  static final int MAX_LENGTH = 7;

  private static final Pattern FULL =
      Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z]{3}|[A-Z][0-9]{1,3}[A-Z]{3}|[A-Z]{3}[0-9]{1,3}[A-Z]");

  private Plates() {}

  /**
   * Upper case, spaces and dashes removed; '?', '*', '_' and '.' become '?'. Empty when it cannot
   * be a plate: any other character, longer than seven characters, or no known character at all.
   */
  public static Optional<String> normalise(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(raw.length());
    boolean known = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == ' ' || c == '-' || c == '\u00a0') {
        continue;
      }
      if (c == '?' || c == '*' || c == '_' || c == '.') {
        out.append('?');
      } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        out.append(c);
        known = true;
      } else if (c >= 'a' && c <= 'z') {
        out.append((char) (c - 32));
        known = true;
      } else {
        return Optional.empty();
      }
    }
    if (!known || out.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    return Optional.of(lookAlikesSettled(out.toString()));
  }

  private static final Pattern CURRENT = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z]{3}");

  /**
   * A seven-character mark that is no full mark's shape but becomes a current one (AB12 CDE) when
   * look-alikes are read as what each place holds (O and 0, I and 1, S and 5, B and 8, Z and 2):
   * "0X12ABC" is "OX12ABC" and "KX6ZNVJ" is "KX62NVJ". Anything else is returned as it was.
   */
  static String lookAlikesSettled(String mark) {
    if (mark.length() != 7 || mark.indexOf('?') >= 0 || FULL.matcher(mark).matches()) {
      return mark;
    }
    char[] c = mark.toCharArray();
    for (int i = 0; i < 7; i++) {
      boolean digit = i == 2 || i == 3;
      c[i] = digit ? toDigit(c[i]) : toLetter(c[i]);
    }
    String settled = new String(c);
    return CURRENT.matcher(settled).matches() ? settled : mark;
  }

  private static char toDigit(char c) {
    return switch (c) {
      case 'O', 'D', 'Q' -> '0';
      case 'I', 'L' -> '1';
      case 'S' -> '5';
      case 'B' -> '8';
      case 'Z' -> '2';
      case 'G' -> '6';
      default -> c;
    };
  }

  private static char toLetter(char c) {
    return switch (c) {
      case '0' -> 'O';
      case '1' -> 'I';
      case '5' -> 'S';
      case '8' -> 'B';
      case '2' -> 'Z';
      case '6' -> 'G';
      default -> c;
    };
  }

  /** Whether a normalised mark is partial: an unknown character, or not a full mark's shape. */
  public static boolean isPartial(String normalised) {
    return normalised.indexOf('?') >= 0 || !FULL.matcher(normalised).matches();
  }

  /** The number of known (not '?') characters of a normalised mark. */
  public static int known(String normalised) {
    int n = 0;
    for (int i = 0; i < normalised.length(); i++) {
      if (normalised.charAt(i) != '?') {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether two normalised marks can be the same plate, '?' matching any one character. Marks of
   * the same length are compared position by position. A shorter mark fits a longer one when it
   * fits some run of the longer one's characters ("KX1" fits "KX17ABC", and so does "17A"):
   * witnesses often see only part of a plate and cannot say which part, and the part they saw may
   * itself look like a whole older mark ("K67NVJ" of "YK67NVJ"). Two full marks of the same length
   * fit only when equal.
   */
  public static boolean fits(String a, String b) {
    if (a.length() == b.length()) {
      return fitsAt(a, b, 0);
    }
    String shorter = a.length() < b.length() ? a : b;
    String longer = shorter == a ? b : a;
    for (int at = 0; at + shorter.length() <= longer.length(); at++) {
      if (fitsAt(shorter, longer, at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean fitsAt(String shorter, String longer, int at) {
    for (int i = 0; i < shorter.length(); i++) {
      char s = shorter.charAt(i);
      char l = longer.charAt(at + i);
      if (s != '?' && l != '?' && s != l) {
        return false;
      }
    }
    return true;
  }
}
