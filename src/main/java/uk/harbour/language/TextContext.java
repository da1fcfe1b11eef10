package uk.harbour.language;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the record knows around a piece of text. {@code childAge} may be null (unknown). {@code
 * youngPersonsOwnWords} marks the whole text as the young person's own words: it is then never
 * checked. {@code knownAdults} names adults (or much older, controlling people) the record links to
 * the young person; a relationship word next to one of these names is flagged. {@code childNames}
 * are the young person's recorded names (first names, family names, nicknames): quoted words
 * attributed to one of them are the young person's and never flagged. {@code childPronouns} (for
 * example she, her), when known, are the only pronouns that can refer to the young person.
 */
public record TextContext(
    Integer childAge,
    boolean youngPersonsOwnWords,
    Set<String> knownAdults,
    Set<String> childNames,
    Set<String> childPronouns) {

  public TextContext {
    knownAdults = words(knownAdults);
    childNames = words(childNames);
    childPronouns = words(childPronouns);
  }

  /** The child's age, whether the text is their own words, and the adults the record knows. */
  public TextContext(Integer childAge, boolean youngPersonsOwnWords, Set<String> knownAdults) {
    this(childAge, youngPersonsOwnWords, knownAdults, Set.of(), Set.of());
  }

  /** Nothing known about the record. */
  public static TextContext none() {
    return new TextContext(null, false, Set.of());
  }

  /** Only the child's age is known (null if unknown). */
  public static TextContext ofAge(Integer childAge) {
    return new TextContext(childAge, false, Set.of());
  }

  /** The whole text is the young person's own words: nothing is flagged. */
  public static TextContext youngPersonsWords() {
    return new TextContext(null, true, Set.of());
  }

  /** The same context with the young person's recorded names (each split into words). */
  public TextContext withChildNames(Set<String> names) {
    return new TextContext(childAge, youngPersonsOwnWords, knownAdults, names, childPronouns);
  }

  /** Whether this lower-case word is (part of) the name of an adult the record knows. */
  boolean isKnownAdult(String word) {
    return knownAdults.contains(word);
  }

  /** Whether this lower-case word is (part of) one of the young person's recorded names. */
  boolean isChildName(String word) {
    return childNames.contains(word);
  }

  /** Lower-case single words: "Jade Smith" gives jade and smith; blanks and initials dropped. */
  private static Set<String> words(Set<String> names) {
    if (names == null || names.isEmpty()) {
      return Set.of();
    }
    Set<String> result = new HashSet<>();
    for (String name : names) {
      if (name == null) {
        continue;
      }
      for (String part : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'\u2019]+")) {
        String word = part.replace('\u2019', '\'');
        if (word.endsWith("'s")) {
          word = word.substring(0, word.length() - 2);
        }
        if (word.length() > 1) {
          result.add(word);
        }
      }
    }
    return Set.copyOf(result);
  }
}
