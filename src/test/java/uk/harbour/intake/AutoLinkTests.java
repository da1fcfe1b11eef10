package uk.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.harbour.people.ChildCandidate;

/**
 * A concern is linked to a child without a person only when auto-linking is switched on, and then
 * never below 0.999999, however it is configured, and never when two children reach the threshold.
 */
class AutoLinkTests {

  @Test
  void unsetMeansNever() {
    AutoLink off = new AutoLink("");
    assertThat(off.threshold()).isEmpty();
    assertThat(off.certain(List.of(candidate("HBR-000001", 1.0)))).isEmpty();
    assertThat(new AutoLink(null).certain(List.of(candidate("HBR-000001", 1.0)))).isEmpty();
  }

  @Test
  void aLowerConfiguredThresholdIsRaisedToTheFloor() {
    AutoLink low = new AutoLink("0.5");
    assertThat(low.threshold()).hasValue(0.999999);
    assertThat(low.certain(List.of(candidate("HBR-000001", 0.9999989)))).isEmpty();
    assertThat(low.certain(List.of(candidate("HBR-000001", 0.95)))).isEmpty();
    assertThat(low.certain(List.of(candidate("HBR-000001", 0.999999))))
        .get()
        .extracting(ScreeningCandidates.Candidate::childReference)
        .isEqualTo("HBR-000001");
  }

  @Test
  void nothingBelowAHigherConfiguredThresholdLinks() {
    AutoLink strict = new AutoLink("0.99999999");
    assertThat(strict.threshold()).hasValue(0.99999999);
    assertThat(strict.certain(List.of(candidate("HBR-000001", 0.9999999)))).isEmpty();
    assertThat(strict.certain(List.of(candidate("HBR-000001", 0.999999995)))).isPresent();
  }

  @Test
  void twoChildrenAtTheThresholdMeanAPersonDecides() {
    AutoLink on = new AutoLink("0.999999");
    assertThat(
            on.certain(
                List.of(candidate("HBR-000001", 0.9999999), candidate("HBR-000002", 0.9999995))))
        .isEmpty();
    assertThat(
            on.certain(List.of(candidate("HBR-000001", 0.9999999), candidate("HBR-000002", 0.9))))
        .isPresent();
  }

  @Test
  void aThresholdThatIsNotAProbabilityStopsTheApplication() {
    assertThatThrownBy(() -> new AutoLink("high")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AutoLink("1.5")).isInstanceOf(IllegalArgumentException.class);
  }

  private static ScreeningCandidates.Candidate candidate(String reference, double p) {
    return new ScreeningCandidates.Candidate(
        new ChildCandidate(reference, "A Child", null, 14, null, p, List.of()));
  }
}
