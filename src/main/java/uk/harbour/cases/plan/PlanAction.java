package uk.harbour.cases.plan;

import java.time.LocalDate;
import java.util.UUID;

/** One action in a plan: what, who owns it (person and agency), when, where it has got to. */
public record PlanAction(
    UUID id,
    PlanSection section,
    String what,
    String ownerName,
    String ownerAgency,
    LocalDate dueOn,
    ActionStatus status,
    String outcome,
    int version) {

  public boolean overdue(LocalDate today) {
    return status.open() && dueOn.isBefore(today);
  }
}
