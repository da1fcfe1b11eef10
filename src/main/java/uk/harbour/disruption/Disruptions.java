package uk.harbour.disruption;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.intelligence.Entities;
import uk.harbour.intelligence.EntitySummary;
import uk.harbour.shared.ChildId;

/**
 * Disruption activities as other modules read them: the activities linked to a child, for the
 * child's plan. The caller has already decided that the user may see the child (a plan page is
 * audited as a view of the case); whether each activity's own page opens for the user is said by
 * {@link DisruptionSummary#mayOpen()}.
 */
@Service
public class Disruptions {

  private final ActivityRepository repository;
  private final Activities activities;
  private final Entities entities;

  Disruptions(ActivityRepository repository, Activities activities, Entities entities) {
    this.repository = repository;
    this.activities = activities;
    this.entities = entities;
  }

  /** The activities linked to the child, newest proposal first. */
  @Transactional(readOnly = true)
  public List<DisruptionSummary> forChild(ChildId child) {
    List<Activity> linked = repository.forChild(child);
    Set<UUID> mayOpen =
        Set.copyOf(activities.mayOpen(linked.stream().map(a -> a.id().value()).toList()));
    return linked.stream()
        .map(
            a ->
                new DisruptionSummary(
                    a.id(),
                    a.tacticName(),
                    entities.find(a.target()).map(EntitySummary::label).orElse(""),
                    a.leadAgency(),
                    a.status(activities.today()),
                    a.dates().proposed(),
                    a.dates().served(),
                    a.dates().expires(),
                    mayOpen.contains(a.id().value())))
        .toList();
  }

  /** One of the child's activities, if this id is one (a plan action links only to those). */
  @Transactional(readOnly = true)
  public Optional<DisruptionSummary> forChild(ChildId child, DisruptionId id) {
    return forChild(child).stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
