package uk.harbour.cases.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.harbour.cases.CaseSummary;

/**
 * A case's plan as its pages show it. Before anyone writes anything the plan is empty (version 0).
 *
 * @param texts the narrative of each section, and the young person's version
 * @param reviews newest first
 * @param firstReviewOn when the first review is due if none has been held: a review interval after
 *     the plan was first finalised, or after the case opened if it is not finalised yet
 */
public record PlanView(
    CaseSummary kase,
    Map<String, String> texts,
    String noDisruptionReason,
    int version,
    Instant updatedAt,
    String updatedByName,
    Instant finalisedAt,
    String finalisedByName,
    List<PlanAction> actions,
    List<Measure> measures,
    List<Review> reviews,
    List<PlanComment> comments,
    LocalDate firstReviewOn,
    LocalDate today,
    List<uk.harbour.disruption.DisruptionSummary> disruptions) {

  public String text(String section) {
    return texts.getOrDefault(section, "");
  }

  public String text(PlanSection section) {
    return text(section.name());
  }

  public String youngPersonVersion() {
    return text(PlanSection.YOUNG_PERSON_VERSION);
  }

  /** The young person's own priorities and ambitions, in their words. */
  public String priorities() {
    return text(PlanSection.PRIORITIES);
  }

  public List<PlanAction> actionsIn(PlanSection section) {
    return actions.stream().filter(a -> a.section() == section).toList();
  }

  /**
   * The open actions the young person's own plan lists word for word: every section except
   * disruption. Actions against the people causing harm are never listed to the young person (they
   * could be shown to those people, and are not written in plain words).
   */
  public List<PlanAction> youngPersonActions() {
    return actions.stream()
        .filter(a -> a.status().open() && a.section() != PlanSection.DISRUPTION)
        .toList();
  }

  /**
   * Whether the young person's plan says that adults are acting to stop the people harming them.
   */
  public boolean disruptionUnderway() {
    return !actionsIn(PlanSection.DISRUPTION).isEmpty();
  }

  public boolean started() {
    return version > 0;
  }

  public boolean finalised() {
    return finalisedAt != null;
  }

  /** Finalised, then changed since: a living plan, but the team may want to agree it again. */
  public boolean changedSinceFinalised() {
    return finalised() && updatedAt != null && updatedAt.isAfter(finalisedAt);
  }

  /** A plan may be finalised only with a disruption action or a recorded reason why none yet. */
  public boolean disruptionReady() {
    return !actionsIn(PlanSection.DISRUPTION).isEmpty()
        || (noDisruptionReason != null && !noDisruptionReason.isBlank());
  }

  /** The next review: as the latest review decided, or the first review's default date. */
  public LocalDate nextReviewOn() {
    return reviews.isEmpty() ? firstReviewOn : reviews.get(0).nextReviewOn();
  }

  /** Whether the next review is the default first one (no review has been held yet). */
  public boolean firstReviewPending() {
    return reviews.isEmpty();
  }

  public boolean reviewOverdue() {
    return nextReviewOn() != null && nextReviewOn().isBefore(today);
  }
}
