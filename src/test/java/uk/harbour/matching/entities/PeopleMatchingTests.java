package uk.harbour.matching.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.harbour.matching.entities.MatchReason.AGE_FAR;
import static uk.harbour.matching.entities.MatchReason.NAME_DIFFERENT;
import static uk.harbour.matching.entities.MatchReason.NAME_SAME;
import static uk.harbour.matching.entities.MatchReason.NAME_VARIANT;
import static uk.harbour.matching.entities.MatchReason.NICKNAME_OF_NAME;
import static uk.harbour.matching.entities.MatchReason.NICKNAME_SAME;
import static uk.harbour.matching.entities.MatchReason.SURNAME_SAME;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Adults known by first names and nicknames, with approximate ages (all names made up). */
class PeopleMatchingTests {

  private final EntityRegister register = new EntityRegister();

  private List<EntityMatch> match(String name, String nickname, Integer age) {
    return register.match(EntityRecord.person("mention", name, nickname, age), 10);
  }

  @Test
  void deanDeanoAndDinoAreOnePerson() {
    register.put(EntityRecord.person("dean", "Dean Walsh", "Deano", 27));

    assertThat(match("Dino Walsh", null, 25))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.strength()).isEqualTo(MatchStrength.STRONG);
              assertThat(m.forMatch()).contains(NAME_VARIANT, SURNAME_SAME);
            });
    assertThat(match("Dean", "Deano", 28))
        .singleElement()
        .satisfies(m -> assertThat(m.strength()).isEqualTo(MatchStrength.STRONG));
    assertThat(match("Deano", null, 26))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.strength()).isEqualTo(MatchStrength.POSSIBLE);
              assertThat(m.forMatch()).contains(NAME_VARIANT);
            });
    assertThat(match("Deano", null, null))
        .singleElement()
        .satisfies(m -> assertThat(m.strength()).isEqualTo(MatchStrength.POSSIBLE));
  }

  @Test
  void bigMoIsMoAndMohammedIsMuhammad() {
    register.put(EntityRecord.person("mo", "Mohammed Khan", "Big Mo", 31));

    assertThat(match(null, "Mo", 30))
        .singleElement()
        .satisfies(m -> assertThat(m.forMatch()).contains(NICKNAME_SAME));
    assertThat(match("Muhammad Khan", null, 33))
        .singleElement()
        .satisfies(m -> assertThat(m.strength()).isEqualTo(MatchStrength.STRONG));
    assertThat(match("Mohamed", "Mo", 31))
        .singleElement()
        .satisfies(m -> assertThat(m.strength()).isEqualTo(MatchStrength.STRONG));
  }

  @Test
  void theMentionsNameMayBeTheEntrysNickname() {
    register.put(EntityRecord.person("t", "Liam Carter", "Ghost", 24));

    assertThat(match("Ghost", null, 25))
        .singleElement()
        .satisfies(m -> assertThat(m.forMatch()).contains(NICKNAME_OF_NAME));
  }

  @Test
  void aNicknameAloneIsNeverStrongEvenWhenOnlyOneAdultHasIt() {
    register.put(EntityRecord.person("ghost", "Liam Carter", "Ghost", 24));

    assertThat(match(null, "Ghost", 24))
        .singleElement()
        .satisfies(m -> assertThat(m.strength()).isEqualTo(MatchStrength.POSSIBLE));
    assertThat(match("Ghost", null, null))
        .singleElement()
        .satisfies(m -> assertThat(m.strength()).isEqualTo(MatchStrength.POSSIBLE));
  }

  @Test
  void manyDeanosAreEachOnlyWorthALook() {
    register.put(EntityRecord.person("a", "Dean Walsh", "Deano", 27));
    register.put(EntityRecord.person("b", "Dean Hughes", "Deano", 26));
    register.put(EntityRecord.person("c", "Dean", "Deano", 29));

    assertThat(match(null, "Deano", 27))
        .hasSize(3)
        .extracting(EntityMatch::strength)
        .containsOnly(MatchStrength.POSSIBLE);
  }

  @Test
  void brothersWithTheSameSurnameAndAgeAreNotTheSamePerson() {
    register.put(EntityRecord.person("liam", "Liam Walsh", null, 27));
    register.put(EntityRecord.person("dean", "Dean Walsh", null, 27));

    List<EntityMatch> found = match("Liam Walsh", null, 27);

    assertThat(found).extracting(EntityMatch::id).containsExactly("liam");
    assertThat(found.get(0).strength()).isEqualTo(MatchStrength.STRONG);
    assertThat(match("Kieran Walsh", null, 27))
        .allSatisfy(m -> assertThat(m.strength()).isNotEqualTo(MatchStrength.STRONG));
  }

  @Test
  void differentGivenNamesCountAgainstWhenEverythingElseAgrees() {
    register.put(EntityRecord.person("mark", "Mark Davies", "Smudge", 40));

    Comparison c = compare("Paul Davies", "Smudge", 40, "Mark Davies", "Smudge", 40);

    assertThat(c == null || c.strength() != MatchStrength.STRONG).isTrue();
    assertThat(match("Paul Davies", "Smudge", 40))
        .allSatisfy(
            m -> {
              assertThat(m.strength()).isEqualTo(MatchStrength.POSSIBLE);
              assertThat(m.against()).contains(NAME_DIFFERENT);
            });
  }

  @Test
  void namesThatAreBothKnownButDifferAreNotASpellingSlip() {
    register.put(EntityRecord.person("carl", "Carl Murphy", null, 30));

    assertThat(match("Carly Murphy", null, 30))
        .allSatisfy(
            m -> {
              assertThat(m.strength()).isEqualTo(MatchStrength.POSSIBLE);
              assertThat(m.forMatch()).doesNotContain(NAME_VARIANT, NAME_SAME);
            });
    register.put(EntityRecord.person("paul", "Paul Murphy", null, 30));
    assertThat(match("Paula Murphy", null, 30))
        .filteredOn(m -> m.id().equals("paul"))
        .allSatisfy(m -> assertThat(m.strength()).isEqualTo(MatchStrength.POSSIBLE));
  }

  @Test
  void misspeltNamesStillMatch() {
    register.put(EntityRecord.person("k", "Kieran Matthews", null, 35));

    assertThat(match("Keiran Mathews", null, 36))
        .singleElement()
        .satisfies(m -> assertThat(m.strength()).isEqualTo(MatchStrength.STRONG));
    assertThat(match("Kieran Mqtthews", null, null))
        .singleElement()
        .satisfies(m -> assertThat(m.strength()).isEqualTo(MatchStrength.POSSIBLE));
  }

  @Test
  void agesFarApartCountAgainstAndSomewhatApartRuleOutStrong() {
    register.put(EntityRecord.person("p", "Paul Shaw", null, 25));

    assertThat(match("Paul Shaw", null, 45))
        .allSatisfy(m -> assertThat(m.against()).contains(AGE_FAR));
    assertThat(match("Paul Shaw", null, 31))
        .singleElement()
        .satisfies(m -> assertThat(m.strength()).isEqualTo(MatchStrength.POSSIBLE));
    assertThat(match("Paul Shaw", null, 27))
        .singleElement()
        .satisfies(m -> assertThat(m.strength()).isEqualTo(MatchStrength.STRONG));
  }

  @Test
  void aCommonFullNameAndAgeAreNotEnoughForStrong() {
    for (int i = 0; i < 400; i++) {
      String given = i % 4 == 0 ? "Dean" : "Other" + (char) ('a' + i % 26);
      String family = i % 3 == 0 ? "Smith" : "Family" + (char) ('a' + i % 26);
      register.put(EntityRecord.person("p" + i, given + " " + family, null, 20 + i % 40));
    }
    register.put(EntityRecord.person("dean", "Dean Smith", null, 31));
    register.put(EntityRecord.person("rare", "Dean Okonkwo-Fairweather", null, 31));

    assertThat(match("Dean Smith", null, 31))
        .filteredOn(m -> m.id().equals("dean"))
        .singleElement()
        .satisfies(m -> assertThat(m.strength()).isEqualTo(MatchStrength.POSSIBLE));
    assertThat(match("Dean Okonkwo-Fairweather", null, 30))
        .first()
        .satisfies(
            m -> {
              assertThat(m.id()).isEqualTo("rare");
              assertThat(m.strength()).isEqualTo(MatchStrength.STRONG);
            });
  }

  @Test
  void surnamesThatOnlySoundAlikeNeverMakeAMatchStrong() {
    register.put(EntityRecord.person("d", "Dean Moore", null, 30));

    assertThat(match("Dean Murray", null, 30))
        .allSatisfy(m -> assertThat(m.strength()).isEqualTo(MatchStrength.POSSIBLE));
  }

  private static Comparison compare(
      String name, String nick, Integer age, String otherName, String otherNick, Integer otherAge) {
    return PersonRules.compare(
        Features.of(EntityRecord.person("a", name, nick, age)),
        Features.of(EntityRecord.person("b", otherName, otherNick, otherAge)),
        new NameCounts());
  }
}
