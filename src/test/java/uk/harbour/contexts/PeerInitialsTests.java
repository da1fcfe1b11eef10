package uk.harbour.contexts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A peer map holds initials only: one to three capital letters, never a name. */
class PeerInitialsTests {

  @Test
  void oneToThreeCapitalsAreInitialsWithOrWithoutDotsAndSpaces() {
    assertThat(PeerInitials.normalise("J")).isEqualTo("J");
    assertThat(PeerInitials.normalise("JB")).isEqualTo("JB");
    assertThat(PeerInitials.normalise("J.B.")).isEqualTo("JB");
    assertThat(PeerInitials.normalise(" J B K ")).isEqualTo("JBK");
  }

  @Test
  void namesWordsDigitsAndLongerRunsAreRefused() {
    assertThat(PeerInitials.normalise("Jo Bloggs")).isNull();
    assertThat(PeerInitials.normalise("Amy")).isNull();
    assertThat(PeerInitials.normalise("jb")).isNull();
    assertThat(PeerInitials.normalise("JBKL")).isNull();
    assertThat(PeerInitials.normalise("J1")).isNull();
    assertThat(PeerInitials.normalise("J-B")).isNull();
    assertThat(PeerInitials.normalise("")).isNull();
    assertThat(PeerInitials.normalise("   ")).isNull();
    assertThat(PeerInitials.normalise(null)).isNull();
  }

  @Test
  void threeLettersRunTogetherAreNameCheckedAsWell() {
    assertThat(PeerInitials.couldBeAName("AMY", "AMY")).isTrue();
    assertThat(PeerInitials.couldBeAName("AMY", "A.M.Y.")).isFalse();
    assertThat(PeerInitials.couldBeAName("JB", "JB")).isFalse();
  }
}
