package uk.harbour.contexts;

import org.jspecify.annotations.Nullable;

/**
 * A friend's or peer's initials on a child's peer map: one to three capital letters, typed with or
 * without dots and spaces ("J", "JB", "J.B.", "J B K"), stored as the letters alone ("JB"). A name,
 * a word in lower case, digits or more than three letters are refused: peer maps hold initials only
 * (contextual safeguarding's guardrail), so they cannot become a list of names.
 */
final class PeerInitials {

  private PeerInitials() {}

  /** The initials as stored, or null if the text is not initials. */
  static @Nullable String normalise(@Nullable String typed) {
    if (typed == null) {
      return null;
    }
    String letters = typed.strip().replaceAll("[.\\s]+", "");
    return letters.matches("[A-Z]{1,3}") ? letters : null;
  }

  /** Whether three letters typed together could be a short name ("AMY"), to be name-checked. */
  static boolean couldBeAName(String stored, @Nullable String typed) {
    return stored.length() == 3 && typed != null && typed.strip().matches("\\p{L}{3}");
  }
}
