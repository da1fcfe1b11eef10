package uk.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reference a member of the public is given: random, readable aloud, with a check character.
 */
class PublicReferenceTests {

  @Test
  void aReferenceIsTenRandomCharactersAndACheckInThreeGroups() {
    String reference = PublicReference.generate();
    assertThat(reference)
        .matches(
            "["
                + PublicReference.ALPHABET
                + "]{4}(-["
                + PublicReference.ALPHABET
                + "]{4})-["
                + PublicReference.ALPHABET
                + "]{3}");
    assertThat(PublicReference.normalise(reference)).contains(reference);
  }

  @Test
  void theAlphabetHasNoCharactersThatLookOrSoundAlike() {
    for (char c : "0O1IL5S2Z8BUQ".toCharArray()) {
      assertThat(PublicReference.ALPHABET).doesNotContain(String.valueOf(c));
    }
    assertThat(PublicReference.ALPHABET.chars().distinct().count())
        .isEqualTo(PublicReference.ALPHABET.length());
  }

  @Test
  void everySingleMistypedCharacterAndEverySwapOfNeighboursIsCaught() {
    for (int n = 0; n < 50; n++) {
      String plain = PublicReference.generate().replace("-", "");
      for (int i = 0; i < plain.length(); i++) {
        for (char c : PublicReference.ALPHABET.toCharArray()) {
          if (c == plain.charAt(i)) {
            continue;
          }
          String typo = plain.substring(0, i) + c + plain.substring(i + 1);
          assertThat(PublicReference.normalise(typo)).as(typo).isEmpty();
        }
        if (i + 1 < plain.length() && plain.charAt(i) != plain.charAt(i + 1)) {
          String swapped =
              plain.substring(0, i)
                  + plain.charAt(i + 1)
                  + plain.charAt(i)
                  + plain.substring(i + 2);
          assertThat(PublicReference.normalise(swapped)).as(swapped).isEmpty();
        }
      }
    }
  }

  @Test
  void acceptsTheWaysACallerReadsItOut() {
    String reference = PublicReference.generate();
    String spoken = reference.toLowerCase(java.util.Locale.ROOT).replace("-", " ");
    assertThat(PublicReference.normalise("  " + spoken + " ")).contains(reference);
    assertThat(PublicReference.normalise(reference.replace("-", ""))).contains(reference);
    assertThat(PublicReference.normalise(null)).isEmpty();
    assertThat(PublicReference.normalise("CON-2026-000123")).isEmpty();
    assertThat(PublicReference.normalise(reference + "A")).isEmpty();
  }

  @Test
  void referencesDoNotFollowOneAnother() {
    Set<String> seen = new HashSet<>();
    String previous = PublicReference.generate();
    int samePlace = 0;
    for (int n = 0; n < 2000; n++) {
      String next = PublicReference.generate();
      assertThat(seen.add(next)).isTrue();
      for (int i = 0; i < 12; i++) {
        if (next.charAt(i) == previous.charAt(i) && next.charAt(i) != '-') {
          samePlace++;
        }
      }
      previous = next;
    }
    // Random characters agree in place about 10 times in 23 by chance: far from a sequence, in
    // which most characters stay the same from one reference to the next.
    assertThat(samePlace / 2000.0).isLessThan(2.0);
  }
}
