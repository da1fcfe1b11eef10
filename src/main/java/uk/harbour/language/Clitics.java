package uk.harbour.language;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Contractions split into their words, so that "won't engage" reads as "will not engage" and "he's
 * been recruited" as "he 's been recruited". {@code 's} stays as it is (is, has or the possessive:
 * patterns treat it as any of them) and so does {@code 'd} (had or would).
 */
final class Clitics {

  /** The same contractions typed without an apostrophe: word to {host, clitic, typed suffix}. */
  private static final Map<String, String[]> BARE =
      Map.ofEntries(
          Map.entry("dont", new String[] {"do", "not", "nt"}),
          Map.entry("doesnt", new String[] {"does", "not", "nt"}),
          Map.entry("didnt", new String[] {"did", "not", "nt"}),
          Map.entry("isnt", new String[] {"is", "not", "nt"}),
          Map.entry("wasnt", new String[] {"was", "not", "nt"}),
          Map.entry("werent", new String[] {"were", "not", "nt"}),
          Map.entry("arent", new String[] {"are", "not", "nt"}),
          Map.entry("hasnt", new String[] {"has", "not", "nt"}),
          Map.entry("havent", new String[] {"have", "not", "nt"}),
          Map.entry("hadnt", new String[] {"had", "not", "nt"}),
          Map.entry("wont", new String[] {"will", "not", "nt"}),
          Map.entry("cant", new String[] {"can", "not", "nt"}),
          Map.entry("couldnt", new String[] {"could", "not", "nt"}),
          Map.entry("wouldnt", new String[] {"would", "not", "nt"}),
          Map.entry("shouldnt", new String[] {"should", "not", "nt"}),
          Map.entry("shes", new String[] {"she", "'s", "s"}),
          Map.entry("hes", new String[] {"he", "'s", "s"}),
          Map.entry("theyre", new String[] {"they", "are", "re"}),
          Map.entry("theyve", new String[] {"they", "have", "ve"}),
          Map.entry("whos", new String[] {"who", "'s", "s"}));

  private Clitics() {}

  /**
   * {host word, clitic word, the clitic's text at the end of the typed word}, or null when the word
   * is not a contraction.
   */
  static String @Nullable [] split(String word) {
    int apostrophe = word.lastIndexOf('\'');
    if (apostrophe <= 0) {
      int length = word.length();
      char last = length == 0 ? ' ' : word.charAt(length - 1);
      boolean maybe = length >= 3 && length <= 8 && (last == 't' || last == 's' || last == 'e');
      return maybe ? BARE.get(word) : null;
    }
    String host = word.substring(0, apostrophe);
    String tail = word.substring(apostrophe + 1);
    if (tail.equals("t") && host.endsWith("n") && host.length() > 1) {
      String verb = host.substring(0, host.length() - 1);
      String full =
          switch (verb) {
            case "ca" -> "can";
            case "wo" -> "will";
            case "sha" -> "shall";
            case "ai" -> "is";
            default -> verb;
          };
      return new String[] {full, "not", "n't"};
    }
    return switch (tail) {
      case "s" -> new String[] {host, "'s", "'s"};
      case "d" -> new String[] {host, "'d", "'d"};
      case "re" -> new String[] {host, "are", "'re"};
      case "ve" -> new String[] {host, "have", "'ve"};
      case "ll" -> new String[] {host, "will", "'ll"};
      case "m" -> new String[] {host, "am", "'m"};
      default -> null;
    };
  }
}
