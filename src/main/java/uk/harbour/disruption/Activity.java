package uk.harbour.disruption;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.harbour.intelligence.EntityId;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/** A disruption activity as saved: its target, tactic, lead, children, dates and outcome. */
record Activity(
    DisruptionId id,
    EntityId target,
    UUID tacticId,
    String tacticName,
    String leadAgency,
    UserId leadOfficer,
    String leadOfficerName,
    Dates dates,
    @Nullable String conditions,
    @Nullable Outcome outcome,
    @Nullable String outcomeNotes,
    boolean victimsViewsConsidered,
    String victimsViews,
    List<ChildId> children,
    int version,
    Instant updatedAt,
    String updatedByName) {

  /** The activity's dates; all but the proposal are optional. */
  record Dates(
      LocalDate proposed,
      @Nullable LocalDate approved,
      @Nullable LocalDate appliedFor,
      @Nullable LocalDate served,
      @Nullable LocalDate expires) {}

  /**
   * Where the activity stands: its outcome once recorded, otherwise from its dates. A served order
   * is shown as in force until its expiry date has passed.
   */
  public String status(LocalDate today) {
    if (outcome != null && outcome != Outcome.SERVED) {
      return outcome.name();
    }
    if (dates.expires() != null && dates.expires().isBefore(today)) {
      return "PAST_EXPIRY";
    }
    if (dates.served() != null) {
      return "IN_FORCE";
    }
    if (dates.appliedFor() != null) {
      return "APPLIED_FOR";
    }
    if (dates.approved() != null) {
      return "APPROVED";
    }
    return "PROPOSED";
  }

  /** The activity as it stands, as the change that would record it again. */
  Change asChange() {
    return new Change(
        tacticId,
        leadAgency,
        leadOfficer,
        dates,
        conditions,
        outcome,
        outcomeNotes,
        victimsViewsConsidered,
        victimsViews,
        children);
  }

  /** What an officer records when adding or changing an activity. */
  record Change(
      UUID tacticId,
      String leadAgency,
      UserId leadOfficer,
      Dates dates,
      @Nullable String conditions,
      @Nullable Outcome outcome,
      @Nullable String outcomeNotes,
      boolean victimsViewsConsidered,
      String victimsViews,
      List<ChildId> children) {

    Change withChildren(List<ChildId> linked) {
      return new Change(
          tacticId,
          leadAgency,
          leadOfficer,
          dates,
          conditions,
          outcome,
          outcomeNotes,
          victimsViewsConsidered,
          victimsViews,
          List.copyOf(linked));
    }
  }

  /** A breach: when, what happened, what followed. */
  record Breach(
      UUID id, LocalDate occurredOn, String whatHappened, FollowUp followed, String recordedBy) {}
}
