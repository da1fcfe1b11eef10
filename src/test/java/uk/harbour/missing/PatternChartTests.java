package uk.harbour.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Laying out a pattern chart: bars in proportion, labelled, with a title and description. */
class PatternChartTests {

  static PatternChart chart(PatternChart.Category... categories) {
    return PatternChart.of(
        "pattern-x", "Title", "Description", "Place", "Episodes", List.of(categories));
  }

  @Test
  void theLargestCountFillsTheBarSpaceAndOthersAreInProportion() {
    PatternChart chart =
        chart(
            new PatternChart.Category("A", 4),
            new PatternChart.Category("B", 2),
            new PatternChart.Category("C", 0));
    assertThat(chart.bars())
        .extracting(PatternChart.Bar::width)
        .containsExactly(PatternChart.BAR_SPACE, PatternChart.BAR_SPACE / 2, 0);
    assertThat(chart.total()).isEqualTo(6);
    assertThat(chart.empty()).isFalse();
  }

  @Test
  void eachRowHasItsOwnPlaceAndTheCountIsWrittenPastTheBar() {
    PatternChart chart =
        chart(new PatternChart.Category("A", 1), new PatternChart.Category("B", 3));
    PatternChart.Bar first = chart.bars().get(0);
    PatternChart.Bar second = chart.bars().get(1);
    assertThat(second.y() - first.y()).isEqualTo(PatternChart.ROW_HEIGHT);
    assertThat(second.valueX()).isEqualTo(chart.barX() + second.width() + 6);
    assertThat(first.valueX()).isGreaterThan(chart.barX() + first.width());
    assertThat(chart.height()).isEqualTo(2 * PatternChart.ROW_HEIGHT + 2 * PatternChart.PADDING);
    assertThat(second.valueX()).isLessThan(chart.width());
  }

  @Test
  void aSmallCountStillShowsABar() {
    PatternChart chart =
        chart(new PatternChart.Category("A", 1), new PatternChart.Category("B", 1000));
    assertThat(chart.bars().get(0).width()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void allZerosIsEmptyAndDrawsNoBars() {
    PatternChart chart = chart(new PatternChart.Category("A", 0));
    assertThat(chart.empty()).isTrue();
    assertThat(chart.bars().get(0).width()).isZero();
    assertThat(chart().empty()).isTrue();
  }

  @Test
  void theTitleAndDescriptionHaveIdsForAriaLabelledby() {
    PatternChart chart = chart(new PatternChart.Category("A", 1));
    assertThat(chart.titleId()).isEqualTo("pattern-x-title");
    assertThat(chart.descriptionId()).isEqualTo("pattern-x-desc");
    assertThat(chart.title()).isEqualTo("Title");
    assertThat(chart.description()).isEqualTo("Description");
  }

  @Test
  void longNamesAreShortenedInTheDrawingWithAnEllipsisButKeptWholeForTheTable() {
    String name = "The car park behind the parade of shops on the ring road";
    PatternChart.Bar bar = chart(new PatternChart.Category(name, 2)).bars().get(0);
    assertThat(bar.label()).isEqualTo(name);
    assertThat(bar.shortLabel())
        .endsWith("\u2026")
        .hasSizeLessThanOrEqualTo(PatternChart.LABEL_CHARACTERS);
    assertThat(name).startsWith(bar.shortLabel().substring(0, bar.shortLabel().length() - 1));
    assertThat(PatternChart.shorten("Short")).isEqualTo("Short");
  }

  @Test
  void negativeCountsAreRefused() {
    assertThatThrownBy(() -> new PatternChart.Category("A", -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
