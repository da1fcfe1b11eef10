package uk.harbour.matching.entities;

import java.util.Optional;

/**
 * Usernames on online platforms. Folding makes the forms one platform treats as the same equal; the
 * skeleton goes further, for near matches an officer should look at: punctuation gone and
 * look-alike characters folded together. A profile address stands for its username.
 */
public final class Usernames {

  /** Longer than any platform allows. */
  static final int MAX_LENGTH = 64;

  private Usernames() {}

  /**
   * Lower case with surrounding spaces and leading '@' signs removed. Empty when nothing is left,
   * it has whitespace inside, it is longer than 64 characters, or it has a character other than
   * letters a-z, digits, '.', '_' and '-'.
   */
  public static Optional<String> fold(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    String[] profile = profile(s);
    if (profile != null) {
      s = profile[1];
    }
    int start = 0;
    while (start < s.length() && s.charAt(start) == '@') {
      start++;
    }
    s = s.substring(start);
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        out.append((char) (c + 32));
      } else if ((c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '.'
          || c == '_'
          || c == '-') {
        out.append(c);
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(out.toString());
  }

  private static final java.util.regex.Pattern PROFILE =
      java.util.regex.Pattern.compile(
          "(?i)^(?:https?://)?(?:www\\.|m\\.)?(instagram\\.com|tiktok\\.com|snapchat\\.com|facebook\\.com"
              + "|fb\\.com|x\\.com|twitter\\.com|t\\.me)/(?:add/)?@?([^/?#\\s]+)/?(?:[?#].*)?$");

  /**
   * A profile address ("instagram.com/deano_99", "https://www.tiktok.com/@deano_99",
   * "snapchat.com/add/deano_99", "t.me/deano_99"): the platform and the username; null when it is
   * not one.
   */
  public static String @org.jspecify.annotations.Nullable [] profile(String raw) {
    java.util.regex.Matcher m = PROFILE.matcher(raw.strip());
    if (!m.matches()) {
      return null;
    }
    String host = m.group(1).toLowerCase(java.util.Locale.ROOT);
    String platform =
        switch (host) {
          case "t.me" -> "telegram";
          case "fb.com" -> "facebook";
          case "x.com", "twitter.com" -> "x";
          default -> host.substring(0, host.indexOf('.'));
        };
    return new String[] {platform, m.group(2)};
  }

  /**
   * A folded username with '.', '_' and '-' removed and look-alikes folded: 0 to o, 1 and i to l, 3
   * to e, 4 to a, 5 to s, 7 to t, 8 to b, 9 to g, and "vv" to w: "d3an0_x" and "deano.x" share the
   * skeleton "deanox".
   */
  public static String skeleton(String folded) {
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      switch (c) {
        case '.', '_', '-' -> {}
        case '0' -> out.append('o');
        case '1', 'i' -> out.append('l');
        case '3' -> out.append('e');
        case '4' -> out.append('a');
        case '5' -> out.append('s');
        case '7' -> out.append('t');
        case '8' -> out.append('b');
        case '9' -> out.append('g');
        case 'v' -> {
          if (i + 1 < folded.length() && folded.charAt(i + 1) == 'v') {
            out.append('w');
            i++;
          } else {
            out.append('v');
          }
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
