package uk.harbour.disruption;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.intelligence.EntityId;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/**
 * Records a disruption activity without its form, for the demo world's synthetic data: through the
 * same rule (the signed-in user must be in the intelligence unit or the lead officer), the same
 * audit and the same event as the form.
 */
@Service
public class DisruptionSeeding {

  /** A served order, as the demo records it. */
  public record ServedOrder(
      EntityId target,
      String tacticCode,
      List<ChildId> children,
      UserId leadOfficer,
      String leadAgency,
      LocalDate proposed,
      LocalDate served,
      LocalDate expires,
      String conditions,
      String victimsViewsHow) {}

  private final Activities activities;
  private final TacticRepository tactics;

  DisruptionSeeding(Activities activities, TacticRepository tactics) {
    this.activities = activities;
    this.tactics = tactics;
  }

  /** Records the order as served, with the victims' views considered. */
  @Transactional
  public DisruptionId record(ServedOrder order) {
    Tactic tactic =
        tactics
            .findByCode(order.tacticCode())
            .orElseThrow(() -> new IllegalArgumentException("No tactic " + order.tacticCode()));
    return activities.create(
        order.target(),
        new Activity.Change(
            tactic.id(),
            order.leadAgency(),
            order.leadOfficer(),
            new Activity.Dates(
                order.proposed(), order.proposed(), null, order.served(), order.expires()),
            order.conditions(),
            Outcome.SERVED,
            null,
            true,
            order.victimsViewsHow(),
            order.children()));
  }
}
