package uk.harbour.cases.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One action in a plan: what, who owns it (person and agency), when, where it has got to, and for a
 * disruption action the disruption activity it is part of, if any.
 */
public record PlanAction(
    UUID id,
    PlanSection section,
    String what,
    String ownerName,
    String ownerAgency,
    LocalDate dueOn,
    ActionStatus status,
    String outcome,
    int version,
    @Nullable UUID disruptionActivity) {

  /** An action that names no disruption activity. */
  public PlanAction(
      UUID id,
      PlanSection section,
      String what,
      String ownerName,
      String ownerAgency,
      LocalDate dueOn,
      ActionStatus status,
      String outcome,
      int version) {
    this(id, section, what, ownerName, ownerAgency, dueOn, status, outcome, version, null);
  }

  public boolean overdue(LocalDate today) {
    return status.open() && dueOn.isBefore(today);
  }
}
