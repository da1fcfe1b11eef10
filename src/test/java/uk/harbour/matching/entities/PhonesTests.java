package uk.harbour.matching.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PhonesTests {

  @Test
  void everyUsualWayOfWritingAUkMobileGivesOneNumber() {
    for (String written :
        List.of(
            "07700 900123",
            "07700900123",
            "+44 7700 900123",
            "+44 (0)7700-900123",
            "0044 7700 900123",
            "00 44 (0) 7700 900 123",
            "447700900123",
            "7700900123",
            "07700.900.123",
            "(07700) 900123")) {
      assertThat(Phones.normalise(written)).as(written).contains("+447700900123");
    }
  }

  @Test
  void landlinesAndOtherCountriesAreKept() {
    assertThat(Phones.normalise("020 7946 0000")).contains("+442079460000");
    assertThat(Phones.normalise("+353 85 123 4567")).contains("+353851234567");
    assertThat(Phones.normalise("0033 6 12 34 56 78")).contains("+33612345678");
  }

  @Test
  void lettersShortAndLongNumbersAreRefused() {
    // The letter O for a zero is read as the zero it is (WrittenVariantsTests); other letters are
    // not.
    assertThat(Phones.normalise("07700 9II123")).as("letter I for one").isEmpty();
    assertThat(Phones.normalise("call 07700900123")).isEmpty();
    assertThat(Phones.normalise("07700 9001")).isEmpty();
    assertThat(Phones.normalise("077009001234567")).isEmpty();
    assertThat(Phones.normalise("+44 7700 9001")).isEmpty();
    assertThat(Phones.normalise("+1234567890123456")).as("sixteen digits").isEmpty();
    assertThat(Phones.normalise("900123")).isEmpty();
    assertThat(Phones.normalise("")).isEmpty();
  }

  @Test
  void aOneDigitDifferenceIsADifferentPhone() {
    EntityRegister register = new EntityRegister();
    register.put(EntityRecord.phone("a", "07700 900123"));

    assertThat(register.match(EntityRecord.phone("m", "07700 900124"), 5)).isEmpty();
    assertThat(register.match(EntityRecord.phone("m", "0770 900123"), 5)).isEmpty();
    assertThat(register.match(EntityRecord.phone("m", "+44 (0)7700 900123"), 5))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.strength()).isEqualTo(MatchStrength.STRONG);
              assertThat(m.forMatch()).containsExactly(MatchReason.PHONE_SAME);
            });
  }

  @Test
  void randomMobilesNormaliseAlikeInEveryFormat() {
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 1000; i++) {
      String national = String.format("07%09d", random.nextInt(1_000_000_000));
      String rest = national.substring(1);
      String expected = "+44" + rest;
      assertThat(Phones.normalise(national)).contains(expected);
      assertThat(Phones.normalise("+44 (0)" + rest)).contains(expected);
      assertThat(Phones.normalise("0044-" + rest)).contains(expected);
      assertThat(Phones.normalise(rest)).contains(expected);
      assertThat(Phones.normalise(national.substring(0, 10))).isEmpty();
    }
  }
}
