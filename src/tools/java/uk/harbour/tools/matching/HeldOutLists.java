package uk.harbour.tools.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The word lists the held-out data generator draws from (resources under {@code
 * matching/heldout/}): first names, surnames, the parts of invented place names, streets,
 * localities, occupations, and short forms of first names. Picks are skewed (a few words often,
 * most rarely), as names are in real registers.
 */
final class HeldOutLists {

  final List<String> female = load("given-female.txt");
  final List<String> male = load("given-male.txt");
  final List<String> surnames = load("surnames.txt");
  final List<String> placeStarts = load("place-starts.txt");
  final List<String> placeEnds = load("place-ends.txt");
  final List<String> streetNames = load("street-names.txt");
  final List<String> streetKinds = load("street-kinds.txt");
  final List<String> localities = load("localities.txt");
  final List<String> occupations = load("occupations.txt");
  final Map<String, List<String>> nicknames = nicknames(load("nicknames.txt"));

  private static final String[] ONSET = {
    "b", "br", "c", "d", "dr", "f", "g", "gl", "h", "k", "l", "m", "n", "p", "pr", "r", "s", "sk",
    "st", "t", "tr", "v", "w", "y"
  };
  private static final String[] VOWEL = {"a", "e", "i", "o", "u", "ai", "ea", "oo", "y"};
  private static final String[] CODA = {
    "ck", "ll", "n", "nd", "r", "rn", "s", "sh", "t", "th", "w", "x"
  };
  private static final String[] TAIL = {
    "", "", "er", "ley", "son", "ton", "ford", "well", "ham", "by", "ard", "ing", "ridge", "man"
  };

  /** A word from the list, early entries more often (roughly Zipf). */
  static String skewed(List<String> list, SplittableRandom random) {
    int n = list.size();
    int i = (int) Math.min(n - 1, Math.floor(Math.pow(n + 1.0, random.nextDouble())) - 1);
    return list.get(i);
  }

  /** A word from the list, every entry as likely. */
  static String any(List<String> list, SplittableRandom random) {
    return list.get(random.nextInt(list.size()));
  }

  String given(boolean female, SplittableRandom random) {
    return skewed(female ? this.female : male, random);
  }

  /** A surname: usually from the list, sometimes an invented rarer one. */
  String surname(SplittableRandom random) {
    if (random.nextInt(10) < 6) {
      return skewed(surnames, random);
    }
    return onsetName(random) + TAIL[random.nextInt(TAIL.length)];
  }

  /** An invented town or village. */
  String place(SplittableRandom random) {
    return any(placeStarts, random) + any(placeEnds, random);
  }

  /** A short form of the first name, or null if it has none here. */
  String nickname(String given, SplittableRandom random) {
    List<String> forms = nicknames.get(given);
    return forms == null ? null : forms.get(random.nextInt(forms.size()));
  }

  private static String onsetName(SplittableRandom random) {
    return ONSET[random.nextInt(ONSET.length)]
        + VOWEL[random.nextInt(VOWEL.length)]
        + CODA[random.nextInt(CODA.length)];
  }

  private static Map<String, List<String>> nicknames(List<String> lines) {
    Map<String, List<String>> map = new HashMap<>();
    for (String line : lines) {
      String[] words = line.split("\\s+");
      map.put(words[0], List.of(Arrays.copyOfRange(words, 1, words.length)));
    }
    return Map.copyOf(map);
  }

  private static List<String> load(String name) {
    String resource = "/matching/heldout/" + name;
    try (InputStream in = HeldOutLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      List<String> out = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
