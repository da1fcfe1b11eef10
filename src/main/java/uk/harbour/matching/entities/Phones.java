package uk.harbour.matching.entities;

import java.util.Optional;

/**
 * Phone numbers in any format, written as E.164 ("+447700900123"). Accepted: UK national numbers
 * ("07700 900123", "020 7946 0000"), international ones with "+" or "00" ("+44 (0)7700-900123",
 * "0044 7700 900123"), UK numbers written with 44 but no plus ("447700900123"), and a UK mobile
 * whose leading zero a spreadsheet dropped ("7700900123": ten digits starting 7). Spaces, dashes,
 * dots, slashes and brackets are ignored, as is a "(0)" after the country code, a label before the
 * number ("mob:", "Tel") and the letter O written for a zero. Refused: letters or other characters,
 * fewer than 8 or more than 15 digits, and UK numbers of the wrong length (nine or ten digits after
 * the 0, always ten for a mobile). Matching is exact on the result: a one-digit difference is a
 * different phone.
 */
public final class Phones {

  private Phones() {}

  public static Optional<String> normalise(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = withoutLabel(raw.strip()).replace("(0)", "");
    if (s.indexOf('O') >= 0 || s.indexOf('o') >= 0) {
      // A zero written as the letter O ("O77OO 9OO123"), only where the rest is a number.
      s = s.replace('O', '0').replace('o', '0');
    }
    boolean plus = false;
    StringBuilder digits = new StringBuilder(16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c == '+' && digits.isEmpty() && !plus) {
        plus = true;
      } else if (c != ' ' && c != '-' && c != '.' && c != '/' && c != '(' && c != ')') {
        return Optional.empty();
      }
    }
    String d = digits.toString();
    String international;
    if (plus) {
      international = d;
    } else if (d.startsWith("00")) {
      international = d.substring(2);
    } else if (d.startsWith("0")) {
      String national = d.substring(1);
      if (national.length() < 9 || national.length() > 10) {
        return Optional.empty();
      }
      international = "44" + national;
    } else if (d.startsWith("44") && (d.length() == 12 || d.length() == 11)) {
      international = d;
    } else if (d.length() == 10 && d.charAt(0) == '7') {
      international = "44" + d;
    } else {
      return Optional.empty();
    }
    if (international.startsWith("440")) {
      international = "44" + international.substring(3);
    }
    if (international.length() < 8
        || international.length() > 15
        || international.charAt(0) == '0') {
      return Optional.empty();
    }
    if (international.startsWith("44")
        && (international.length() < 11
            || international.length() > 12
            || (international.charAt(2) == '7' && international.length() != 12))) {
      return Optional.empty();
    }
    return Optional.of("+" + international);
  }

  private static final java.util.regex.Pattern LABEL =
      java.util.regex.Pattern.compile(
          "(?i)^(?:mob(?:ile)?|tel(?:ephone)?|phone|ph|m|t|no|number)\\s*[:.]?\\s*(?=[+0-9(oO])");

  /** A number labelled on a form ("mob: 07700 900123", "Tel 07700..."): the label removed. */
  static String withoutLabel(String s) {
    return LABEL.matcher(s).replaceFirst("");
  }
}
