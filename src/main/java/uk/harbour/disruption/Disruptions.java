package uk.harbour.disruption;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.intelligence.Entities;
import uk.harbour.shared.BatchedReads;
import uk.harbour.shared.ChildId;

/**
 * Disruption activities as other modules read them: the activities linked to a child, for the
 * child's plan. The caller has already decided that the user may see the child (a plan page is
 * audited as a view of the case); whether each activity's own page opens for the user is said by
 * {@link DisruptionSummary#mayOpen()}.
 */
@Service
public class Disruptions {

  private final Activities activities;
  private final Entities entities;

  Disruptions(Activities activities, Entities entities) {
    this.activities = activities;
    this.entities = entities;
  }

  /** The activities linked to the child, newest proposal first, in a round trip of their own. */
  @Transactional(readOnly = true)
  public List<DisruptionSummary> forChild(ChildId child) {
    BatchedReads reads = activities.batch();
    Supplier<List<DisruptionSummary>> found = forChild(reads, child);
    reads.run();
    return found.get();
  }

  /**
   * Adds the activities linked to the child to {@code reads}, so that a page reading several things
   * at once (the plan) reads them in the same round trip; the list once {@code reads} ran.
   */
  public Supplier<List<DisruptionSummary>> forChild(BatchedReads reads, ChildId child) {
    Supplier<List<ActivityRepository.Linked>> linked =
        activities.linkedTo(reads, child, entities.labelColumn("a.target_id"));
    LocalDate today = activities.today();
    return () ->
        linked.get().stream()
            .map(
                l -> {
                  Activity a = l.activity();
                  return new DisruptionSummary(
                      a.id(),
                      a.tacticName(),
                      l.targetLabel() == null ? "" : l.targetLabel(),
                      a.leadAgency(),
                      a.status(today),
                      a.dates().proposed(),
                      a.dates().served(),
                      a.dates().expires(),
                      l.mayOpen());
                })
            .toList();
  }

  /** One of the child's activities, if this id is one (a plan action links only to those). */
  @Transactional(readOnly = true)
  public Optional<DisruptionSummary> forChild(ChildId child, DisruptionId id) {
    return forChild(child).stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
