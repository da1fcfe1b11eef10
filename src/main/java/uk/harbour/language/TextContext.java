package uk.harbour.language;

import java.util.Set;

/**
 * What the record knows around a piece of text. {@code childAge} may be null (unknown). {@code
 * youngPersonsOwnWords} marks the whole text as the young person's own words: it is then never
 * checked. {@code knownAdults} names adults (or much older, controlling people) the record links to
 * the young person; a relationship word next to one of these names is flagged.
 */
public record TextContext(Integer childAge, boolean youngPersonsOwnWords, Set<String> knownAdults) {

  public TextContext {
    knownAdults = knownAdults == null ? Set.of() : Set.copyOf(knownAdults);
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
}
