package uk.harbour.people;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a text names a child: a given name, family name or other name (nickname, alias, previous
 * name) of any child record in Harbour, or any commonly used given name. For records that must
 * never name a child (a context conference's minutes, a peer map), so other modules can refuse them
 * without reading children's records.
 *
 * <p>It answers yes or no, never which name or which child, and it cannot be used to learn whether
 * a child of a given name is known to Harbour: common given names are refused whether or not a
 * child has them, so typing "Jordan" says nothing about Harbour's records. (A rare name refused
 * still says that some record holds it; callers audit every refusal, so probing is visible to the
 * data protection officer.) A word written in lower case that is also an everyday English word
 * ("park", "will", "rose") is not taken for a name; written with a capital it is.
 */
@Service
public class ChildNamesInText {

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}']*");

  private final ChildNameRepository names;

  ChildNamesInText(ChildNameRepository names) {
    this.names = names;
  }

  /** Whether the text holds any child's name or a commonly used given name. */
  @Transactional(readOnly = true)
  public boolean namesAChild(String text) {
    Set<String> words = candidateWords(text);
    if (words.isEmpty()) {
      return false;
    }
    for (String word : words) {
      if (CommonNames.GIVEN.contains(word)) {
        return true;
      }
    }
    return names.anyChildNamed(words);
  }

  /**
   * The words of the text that could be a name, in lower case: two letters or more, and not an
   * everyday word written in lower case.
   */
  static Set<String> candidateWords(String text) {
    Set<String> words = new LinkedHashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String typed = m.group().replaceAll("'+$", "");
      if (typed.length() < 2) {
        continue;
      }
      String lower = typed.toLowerCase(Locale.ROOT);
      boolean lowerCaseAsTyped = typed.equals(lower);
      if (lowerCaseAsTyped && CommonNames.EVERYDAY_WORDS.contains(lower)) {
        continue;
      }
      if (lower.endsWith("'s")) {
        words.add(lower.substring(0, lower.length() - 2));
      }
      words.add(lower);
    }
    words.removeIf(w -> w.length() < 2);
    return words;
  }

  /** For tests: the words a text would be checked by. */
  static List<String> wordsOf(String text) {
    return List.copyOf(candidateWords(text));
  }
}
