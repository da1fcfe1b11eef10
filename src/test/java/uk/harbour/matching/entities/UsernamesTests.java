package uk.harbour.matching.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsernamesTests {

  @Test
  void foldingLowerCasesAndDropsLeadingAtSignsAndSurroundingSpaces() {
    assertThat(Usernames.fold("  @Deano_99 ")).contains("deano_99");
    assertThat(Usernames.fold("@@big.mo")).contains("big.mo");
    assertThat(Usernames.fold("GAZ-W")).contains("gaz-w");
  }

  @Test
  void spacesInsideAndOtherCharactersAreRefused() {
    assertThat(Usernames.fold("deano 99")).isEmpty();
    assertThat(Usernames.fold("deano\t99")).isEmpty();
    assertThat(Usernames.fold("dean!o")).isEmpty();
    assertThat(Usernames.fold("déano")).isEmpty();
    assertThat(Usernames.fold("@")).isEmpty();
    assertThat(Usernames.fold("a".repeat(65))).isEmpty();
  }

  @Test
  void theSkeletonDropsPunctuationAndFoldsLookAlikes() {
    assertThat(Usernames.skeleton("d3an0_x")).isEqualTo(Usernames.skeleton("deano.x"));
    assertThat(Usernames.skeleton("b1g.m0")).isEqualTo("blgmo");
    assertThat(Usernames.skeleton("big_mo")).isEqualTo("blgmo");
    assertThat(Usernames.skeleton("vvayne5")).isEqualTo("wayne" + "s");
    assertThat(Usernames.skeleton("deano")).isNotEqualTo(Usernames.skeleton("dean0x"));
  }

  @Test
  void accountsMatchOnThePlatformStronglyAndElsewhereOnlyPossibly() {
    EntityRegister register = new EntityRegister();
    register.put(EntityRecord.account("snap", "Snapchat", "deano_99"));
    register.put(EntityRecord.account("insta", "Instagram", "deano_99"));
    register.put(EntityRecord.account("other", "Snapchat", "dino_99"));

    var onSnap = register.match(EntityRecord.account("m", "snap", "@Deano_99"), 5);
    assertThat(onSnap).extracting(EntityMatch::id).containsExactly("snap", "insta");
    assertThat(onSnap.get(0).strength()).isEqualTo(MatchStrength.STRONG);
    assertThat(onSnap.get(0).forMatch())
        .containsExactly(MatchReason.USERNAME_SAME, MatchReason.PLATFORM_SAME);
    assertThat(onSnap.get(1).strength()).isEqualTo(MatchStrength.POSSIBLE);
    assertThat(onSnap.get(1).against()).containsExactly(MatchReason.PLATFORM_DIFFERENT);

    var lookAlike = register.match(EntityRecord.account("m", "Snapchat", "d3an0.99"), 5);
    assertThat(lookAlike).extracting(EntityMatch::id).containsExactly("snap");
    assertThat(lookAlike.get(0).strength()).isEqualTo(MatchStrength.POSSIBLE);
    assertThat(lookAlike.get(0).forMatch()).contains(MatchReason.USERNAME_LOOKS_ALIKE);

    var noPlatform = register.match(EntityRecord.account("m", null, "deano_99"), 5);
    assertThat(noPlatform).extracting(EntityMatch::strength).containsOnly(MatchStrength.POSSIBLE);
  }
}
