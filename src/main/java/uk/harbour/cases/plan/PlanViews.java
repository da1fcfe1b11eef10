package uk.harbour.cases.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.harbour.cases.CaseSummary;
import uk.harbour.shared.DisplayDates;

/** Reads a case's plan for its pages: callers check access and audit the view. */
@Component
class PlanViews {

  private final PlanStore store;
  private final PlanItems items;
  private final ReviewsAndComments reviews;
  private final PlanProperties properties;
  private final Clock clock;

  PlanViews(
      PlanStore store,
      PlanItems items,
      ReviewsAndComments reviews,
      PlanProperties properties,
      Clock clock) {
    this.store = store;
    this.items = items;
    this.reviews = reviews;
    this.properties = properties;
    this.clock = clock;
  }

  /** The plan of the case as it is now, or an empty one if nobody has started it. */
  PlanView of(CaseSummary kase) {
    LocalDate today = PlanItems.today(clock);
    Optional<PlanStore.Header> header = store.header(kase.id());
    if (header.isEmpty()) {
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
          today);
    }
    PlanStore.Header h = header.get();
    return new PlanView(
        kase,
        store.texts(h.id()),
        h.noDisruptionReason(),
        h.version(),
        h.updatedAt(),
        h.updatedByName(),
        h.finalisedAt(),
        h.finalisedByName(),
        items.actions(h.id()),
        items.measures(h.id()),
        reviews.reviews(h.id()),
        reviews.comments(h.id()),
        firstReviewOn(kase, h.firstFinalisedAt()),
        today);
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
