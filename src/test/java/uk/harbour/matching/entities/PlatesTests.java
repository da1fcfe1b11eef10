package uk.harbour.matching.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlatesTests {

  @Test
  void normalisingUpperCasesAndDropsSpacesAndDashes() {
    assertThat(Plates.normalise("kx17 abc")).contains("KX17ABC");
    assertThat(Plates.normalise(" KX-17-ABC ")).contains("KX17ABC");
    assertThat(Plates.normalise("A123 BCD")).contains("A123BCD");
  }

  @Test
  void unseenCharactersBecomeQuestionMarks() {
    assertThat(Plates.normalise("KX1? ABC")).contains("KX1?ABC");
    assertThat(Plates.normalise("KX1* A_C")).contains("KX1?A?C");
    assertThat(Plates.normalise("kx.7abc")).contains("KX?7ABC");
  }

  @Test
  void whatCannotBeAPlateIsRefused() {
    assertThat(Plates.normalise("KX17 ÄBC")).isEmpty();
    assertThat(Plates.normalise("KX17/ABC")).isEmpty();
    assertThat(Plates.normalise("KX17ABCD")).as("eight characters").isEmpty();
    assertThat(Plates.normalise("?? ???")).as("nothing known").isEmpty();
    assertThat(Plates.normalise("   ")).isEmpty();
  }

  @Test
  void fullMarksHaveACurrentPrefixOrSuffixShapeAndNoUnknownCharacter() {
    assertThat(Plates.isPartial("KX17ABC")).isFalse();
    assertThat(Plates.isPartial("A123BCD")).isFalse();
    assertThat(Plates.isPartial("ABC123D")).isFalse();
    assertThat(Plates.isPartial("KX1?ABC")).isTrue();
    assertThat(Plates.isPartial("KX1")).isTrue();
    assertThat(Plates.isPartial("17AB")).isTrue();
  }

  @Test
  void unknownCharactersFitAnything() {
    assertThat(Plates.fits("KX1?ABC", "KX17ABC")).isTrue();
    assertThat(Plates.fits("KX17ABC", "?X17A?C")).isTrue();
    assertThat(Plates.fits("KX1?ABC", "KX17ABD")).isFalse();
  }

  @Test
  void aShorterMarkFitsAnyRunOfTheLongerOne() {
    assertThat(Plates.fits("KX1", "KX17ABC")).isTrue();
    assertThat(Plates.fits("17A", "KX17ABC")).isTrue();
    assertThat(Plates.fits("7?BC", "KX17ABC")).isTrue();
    assertThat(Plates.fits("K67NVJ", "YK67NVJ")).as("the end of a plate").isTrue();
    assertThat(Plates.fits("KX18", "KX17ABC")).isFalse();
  }

  @Test
  void twoDifferentFullMarksNeverFit() {
    assertThat(Plates.fits("KX17ABC", "KX17ABD")).isFalse();
    assertThat(Plates.fits("KX17ABC", "KX17ABC")).isTrue();
  }

  /** Properties over random current-style plates (seeded, so every run checks the same ones). */
  @Test
  void anyPlateFitsItselfWithAnyCharactersHiddenAndAnyRunOfIt() {
    SplittableRandom random = new SplittableRandom(11);
    String letters = "ABCDEFGHJKLMNOPRSTUVWXY";
    for (int i = 0; i < 2000; i++) {
      StringBuilder plate = new StringBuilder();
      plate.append(letters.charAt(random.nextInt(letters.length())));
      plate.append(letters.charAt(random.nextInt(letters.length())));
      plate.append(random.nextInt(10)).append(random.nextInt(10));
      for (int j = 0; j < 3; j++) {
        plate.append(letters.charAt(random.nextInt(letters.length())));
      }
      String full = plate.toString();
      char[] hidden = full.toCharArray();
      hidden[random.nextInt(7)] = '*';
      hidden[random.nextInt(7)] = '_';
      String seen = Plates.normalise(new String(hidden)).orElseThrow();
      int from = random.nextInt(5);
      String run = full.substring(from, from + 2 + random.nextInt(6 - from));

      assertThat(Plates.isPartial(full)).isFalse();
      assertThat(Plates.normalise(full.toLowerCase().replace("", " ").strip())).contains(full);
      assertThat(Plates.fits(seen, full)).isTrue();
      assertThat(Plates.fits(full, seen)).isTrue();
      assertThat(Plates.fits(run, full)).as(run + " of " + full).isTrue();
    }
  }
}
