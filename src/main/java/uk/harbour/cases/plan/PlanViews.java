package uk.harbour.cases.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import uk.harbour.cases.CaseSummary;
import uk.harbour.disruption.DisruptionSummary;
import uk.harbour.disruption.Disruptions;
import uk.harbour.shared.BatchedReads;
import uk.harbour.shared.DisplayDates;

/** Reads a case's plan for its pages: callers check access and audit the view. */
@Component
class PlanViews {

  private final PlanRepository store;
  private final PlanItemRepository items;
  private final PlanReviewRepository reviews;
  private final PlanProperties properties;
  private final Clock clock;
  private final Disruptions disruptions;

  PlanViews(
      PlanRepository store,
      PlanItemRepository items,
      PlanReviewRepository reviews,
      PlanProperties properties,
      Clock clock,
      Disruptions disruptions) {
    this.disruptions = disruptions;
    this.store = store;
    this.items = items;
    this.reviews = reviews;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * The plan of the case as it is now, or an empty one if nobody has started it: every part of it
   * read in one round trip.
   */
  PlanView of(CaseSummary kase) {
    LocalDate today = PlanItemRepository.today(clock);
    BatchedReads reads = store.batch();
    BatchedReads.Result<PlanRepository.Header> header = store.header(reads, kase.id());
    Supplier<Map<String, String>> texts = store.texts(reads, kase.id());
    BatchedReads.Result<PlanAction> actions = items.actions(reads, kase.id());
    Supplier<List<Measure>> measures = items.measures(reads, kase.id());
    Supplier<List<Review>> held = reviews.reviews(reads, kase.id());
    BatchedReads.Result<PlanComment> comments = reviews.comments(reads, kase.id());
    // Disruption of the adults around the child, in the same round trip; the young person's own
    // version of the plan never shows it.
    Supplier<List<DisruptionSummary>> disruptions = this.disruptions.forChild(reads, kase.child());
    reads.run();
    if (header.optional().isEmpty()) {
      return new PlanView(
          kase,
          Map.of(),
          null,
          0,
          null,
          null,
          null,
          null,
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          firstReviewOn(kase, null),
          today,
          disruptions.get());
    }
    PlanRepository.Header h = header.optional().get();
    return new PlanView(
        kase,
        texts.get(),
        h.noDisruptionReason(),
        h.version(),
        h.updatedAt(),
        h.updatedByName(),
        h.finalisedAt(),
        h.finalisedByName(),
        actions.rows(),
        measures.get(),
        held.get(),
        comments.rows(),
        firstReviewOn(kase, h.firstFinalisedAt()),
        today,
        disruptions.get());
  }

  /**
   * When the first review is due if none has been held: the review interval after the plan was
   * first finalised, or after the case opened while it is not finalised.
   */
  private LocalDate firstReviewOn(CaseSummary kase, Instant firstFinalisedAt) {
    Instant from = firstFinalisedAt != null ? firstFinalisedAt : kase.openedAt();
    return nextReviewAfter(LocalDate.ofInstant(from, DisplayDates.ZONE));
  }

  /** The default date of the next review after one held on {@code heldOn}. */
  LocalDate nextReviewAfter(LocalDate heldOn) {
    return heldOn.plusDays(properties.reviewIntervalDays());
  }
}
