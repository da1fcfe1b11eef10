package uk.harbour.matching.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ways of writing the same entity that the second held-out round found unmodelled (all names,
 * numbers and plates made up): a labelled phone number or one with O for zero, a profile address
 * for a username, a look-alike in a plate, a model for a make, a nickname spelt another way, a
 * title or an initial before a surname.
 */
class WrittenVariantsTests {

  private final EntityRegister register = new EntityRegister();

  private List<EntityMatch> match(EntityRecord mention) {
    return register.match(mention, 10);
  }

  @Test
  void aLabelledNumberOrOneWithTheLetterOIsTheSameNumber() {
    assertThat(Phones.normalise("mob: 07700 900123")).contains("+447700900123");
    assertThat(Phones.normalise("Tel 07700-900-123")).contains("+447700900123");
    assertThat(Phones.normalise("O77OO 9OO123")).contains("+447700900123");
    assertThat(Phones.normalise("M. +44 7700 900123")).contains("+447700900123");
    // Still refused: other letters, and a number with a digit missing.
    assertThat(Phones.normalise("07700 9001x3")).isEmpty();
    assertThat(Phones.normalise("mob: 0770 900123")).isEmpty();
  }

  @Test
  void aProfileAddressIsItsUsernameOnItsPlatform() {
    assertThat(Usernames.profile("instagram.com/deano_99"))
        .containsExactly("instagram", "deano_99");
    assertThat(Usernames.profile("https://www.tiktok.com/@Deano_99/"))
        .containsExactly("tiktok", "Deano_99");
    assertThat(Usernames.profile("snapchat.com/add/deano_99"))
        .containsExactly("snapchat", "deano_99");
    assertThat(Usernames.profile("t.me/deano_99")).containsExactly("telegram", "deano_99");
    assertThat(Usernames.profile("deano_99")).isNull();
    assertThat(Usernames.profile("example.com/deano_99")).isNull();
    assertThat(Usernames.fold("https://www.instagram.com/Deano_99/")).contains("deano_99");

    register.put(EntityRecord.account("a", "Instagram", "deano_99"));
    register.put(EntityRecord.account("b", "TikTok", "deano_99"));
    assertThat(match(EntityRecord.account("m", null, "instagram.com/deano_99")))
        .first()
        .satisfies(
            m -> {
              assertThat(m.id()).isEqualTo("a");
              assertThat(m.strength()).isEqualTo(MatchStrength.STRONG);
            });
    // A username with a digit more is another account, however it is written.
    assertThat(match(EntityRecord.account("m", null, "instagram.com/deano_994"))).isEmpty();
  }

  @Test
  void aLookAlikeInTheWrongPlaceOfACurrentMarkIsReadAsWhatThePlaceHolds() {
    assertThat(Plates.normalise("0X12 ABC")).contains("OX12ABC");
    assertThat(Plates.normalise("KX6Z NVJ")).contains("KX62NVJ");
    assertThat(Plates.normalise("KX67 N8J")).contains("KX67NBJ");
    // Full marks of any shape, and partial ones, are left as written.
    assertThat(Plates.normalise("A123 BCD")).contains("A123BCD");
    assertThat(Plates.normalise("KX6? NVJ")).contains("KX6?NVJ");
    assertThat(Plates.normalise("KX1")).contains("KX1");

    register.put(EntityRecord.vehicle("v", "OX12ABC", "Ford", "blue"));
    assertThat(match(EntityRecord.vehicle("m", "0X12 ABC", null, null)))
        .singleElement()
        .satisfies(m -> assertThat(m.strength()).isEqualTo(MatchStrength.STRONG));
  }

  @Test
  void aModelNamesItsMake() {
    assertThat(Vocabulary.make("Golf")).isEqualTo("volkswagen");
    assertThat(Vocabulary.make("3 Series")).isEqualTo("bmw");
    assertThat(Vocabulary.make("Corsa")).isEqualTo("vauxhall");
    assertThat(Vocabulary.make("Tesla")).isEqualTo("tesla");

    register.put(EntityRecord.vehicle("v", "OX12ABC", "Volkswagen", "blue"));
    assertThat(match(EntityRecord.vehicle("m", "OX12ABC", "Golf", null)))
        .singleElement()
        .satisfies(m -> assertThat(m.against()).isEmpty());
    assertThat(match(EntityRecord.vehicle("m", "OX12ABC", "Corsa", null)))
        .singleElement()
        .satisfies(m -> assertThat(m.against()).contains(MatchReason.MAKE_DIFFERENT));
  }

  @Test
  void aNicknameSpeltAnotherWayIsTheSameNickname() {
    assertThat(Features.nickSpelling("Dean-o")).isEqualTo("deano");
    assertThat(Features.nickSpelling("\"Gazzie\"")).isEqualTo("gazzy");
    assertThat(Features.nickSpelling("Big Gazzy")).isEqualTo("big gazzy");
    assertThat(Features.nickSpelling("Jo-Jo")).isEqualTo("jojo");

    register.put(EntityRecord.person("p", "Gary Walsh", "Gazzy", 27));
    assertThat(match(EntityRecord.person("m", null, "Gazzie", 27)))
        .singleElement()
        .satisfies(m -> assertThat(m.forMatch()).contains(MatchReason.NICKNAME_SAME));
    assertThat(match(EntityRecord.person("m", "Gary", "Gaz-zy", 27)))
        .singleElement()
        .satisfies(m -> assertThat(m.strength()).isEqualTo(MatchStrength.STRONG));
  }

  @Test
  void aTitleIsNotAGivenNameAndAnInitialSupportsButNeverMakesStrong() {
    register.put(EntityRecord.person("p", "Dean Walsh", null, 27));

    assertThat(match(EntityRecord.person("m", "Mr Dean Walsh", null, 28)))
        .singleElement()
        .satisfies(m -> assertThat(m.strength()).isEqualTo(MatchStrength.STRONG));
    assertThat(match(EntityRecord.person("m", "D. Walsh", null, 27)))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.strength()).isEqualTo(MatchStrength.POSSIBLE);
              assertThat(m.against()).isEmpty();
            });
    assertThat(PersonRules.initialOf("d", "dean")).isTrue();
    assertThat(PersonRules.initialOf("k", "dean")).isFalse();
    assertThat(PersonRules.initialOf("de", "dean")).isFalse();
    // Another initial is another given name.
    assertThat(match(EntityRecord.person("m", "K. Walsh", null, 27)))
        .allSatisfy(m -> assertThat(m.strength()).isNotEqualTo(MatchStrength.STRONG));
  }
}
