package uk.harbour.cases.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules a plan's pages rely on: finalising, overdue actions and the chart's scale. */
class PlanRulesTests {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  @Test
  void aPlanNeedsADisruptionActionOrAReasonBeforeFinalising() {
    assertThat(
            plan(List.of(action(PlanSection.JUSTICE, ActionStatus.NOT_STARTED)), null)
                .disruptionReady())
        .isFalse();
    assertThat(plan(List.of(), "   ").disruptionReady()).isFalse();
    assertThat(plan(List.of(), "Police still identifying the adults").disruptionReady()).isTrue();
    assertThat(
            plan(List.of(action(PlanSection.DISRUPTION, ActionStatus.NOT_STARTED)), null)
                .disruptionReady())
        .isTrue();
  }

  @Test
  void aFinalisedPlanChangedLaterSaysSo() {
    Instant finalised = Instant.parse("2026-03-01T10:00:00Z");
    assertThat(finalised(finalised, finalised).changedSinceFinalised()).isFalse();
    assertThat(finalised(finalised.plusSeconds(60), finalised).changedSinceFinalised()).isTrue();
    assertThat(plan(List.of(), null).changedSinceFinalised()).isFalse();
  }

  @Test
  void theYoungPersonsPlanNeverListsDisruptionActionsButSaysAdultsAreActing() {
    PlanAction disruption = action(PlanSection.DISRUPTION, ActionStatus.NOT_STARTED);
    PlanAction support = action(PlanSection.YOUNG_PERSON_SUPPORT, ActionStatus.IN_PROGRESS);
    PlanAction done = action(PlanSection.EDUCATION_HEALTH, ActionStatus.DONE);
    PlanView plan = plan(List.of(disruption, support, done), null);
    assertThat(plan.youngPersonActions()).containsExactly(support);
    assertThat(plan.disruptionUnderway()).isTrue();
    assertThat(plan(List.of(support), null).disruptionUnderway()).isFalse();
  }

  @Test
  void beforeAnyReviewTheNextReviewIsTheFirstReviewsDefaultDate() {
    LocalDate first = TODAY.plusDays(28);
    PlanView none =
        new PlanView(
            null, Map.of(), null, 1, null, null, null, null, List.of(), List.of(), List.of(),
            List.of(), first, TODAY, List.of());
    assertThat(none.nextReviewOn()).isEqualTo(first);
    assertThat(none.firstReviewPending()).isTrue();
    Review held =
        new Review(
            TODAY,
            List.of(new Attendee("A", "B", "C")),
            null,
            Participation.ATTENDED,
            null,
            Participation.ATTENDED,
            null,
            "D",
            TODAY.plusDays(14),
            "E");
    PlanView reviewed =
        new PlanView(
            null,
            Map.of(),
            null,
            1,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            List.of(held),
            List.of(),
            first,
            TODAY,
            List.of());
    assertThat(reviewed.nextReviewOn()).isEqualTo(TODAY.plusDays(14));
    assertThat(reviewed.firstReviewPending()).isFalse();
  }

  @Test
  void onlyOpenActionsPastTheirDateAreOverdue() {
    assertThat(action(PlanSection.DISRUPTION, ActionStatus.IN_PROGRESS).overdue(TODAY)).isTrue();
    assertThat(action(PlanSection.DISRUPTION, ActionStatus.DONE).overdue(TODAY)).isFalse();
    assertThat(action(PlanSection.DISRUPTION, ActionStatus.NOT_STARTED).overdue(TODAY.minusDays(2)))
        .isFalse();
  }

  @Test
  void theChartScalesToTheLargestValueAndPutsZeroOnTheAxis() {
    Measure measure =
        new Measure(
            UUID.randomUUID(),
            "Nights missing",
            List.of(
                new Measure.Point(TODAY.minusDays(20), 4, null, "A"),
                new Measure.Point(TODAY.minusDays(10), 0, null, "A"),
                new Measure.Point(TODAY, 2, null, "A")));
    MeasureChart chart = MeasureChart.of(measure);
    assertThat(chart.top()).isEqualTo(4);
    assertThat(chart.dots()).extracting(MeasureChart.Dot::y).containsExactly(20, 180, 100);
    assertThat(chart.dots()).extracting(MeasureChart.Dot::x).containsExactly(50, 315, 580);
    assertThat(chart.polyline()).isEqualTo("50,20 315,180 580,100");
  }

  private static PlanAction action(PlanSection section, ActionStatus status) {
    return new PlanAction(
        UUID.randomUUID(), section, "What", "Who", "Agency", TODAY.minusDays(1), status, null, 1);
  }

  private static PlanView finalised(Instant updatedAt, Instant finalisedAt) {
    return new PlanView(
        null,
        Map.of(),
        null,
        2,
        updatedAt,
        "A",
        finalisedAt,
        "B",
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        TODAY,
        List.of());
  }

  private static PlanView plan(List<PlanAction> actions, String reason) {
    return new PlanView(
        null, Map.of(), reason, 1, null, null, null, null, actions, List.of(), List.of(), List.of(),
        null, TODAY, List.of());
  }
}
