package uk.harbour.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LearningCountsTests {

  @Test
  void smallCountsAreShownOnlyAsFewerThanFive() {
    assertThat(LearningController.shown(0)).isZero();
    assertThat(LearningController.shown(1)).isEqualTo(-1);
    assertThat(LearningController.shown(4)).isEqualTo(-1);
    assertThat(LearningController.shown(5)).isEqualTo(5);
    assertThat(LearningController.MIN_PRACTITIONERS).isEqualTo(3);
  }
}
