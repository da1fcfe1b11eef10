package uk.harbour.intelligence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.shared.ChildId;

/**
 * A triaged submission linked register entries to each other and to its children. {@code
 * otherChildren} are the children already linked to any of those entries by earlier submissions:
 * when there are some, the key workers and team managers of every child on both sides are told
 * ("other children at risk"). Audited as a change to each entry, with the children it joined.
 */
public record EntitiesLinked(
    UUID submissionId,
    String reference,
    List<EntityId> entities,
    List<ChildId> children,
    List<ChildId> otherChildren)
    implements AuditedEvent {

  public EntitiesLinked {
    Objects.requireNonNull(submissionId, "submissionId");
    Objects.requireNonNull(reference, "reference");
    entities = List.copyOf(entities);
    children = List.copyOf(children);
    otherChildren = List.copyOf(otherChildren);
  }

  /** Whether this submission joined a child to entries already linked to other children. */
  public boolean joinsOtherChildren() {
    return !children.isEmpty() && !otherChildren.isEmpty();
  }

  @Override
  public List<Audited> audited() {
    List<Audited> audited = new ArrayList<>();
    for (EntityId entity : entities) {
      audited.add(
          Audited.succeeded(AuditAction.CHANGE, IntelligenceAccess.ENTITY, entity.value())
              .withDetail(
                  joinsOtherChildren()
                      ? "linked by a submission; joins children already linked"
                      : "linked by a submission")
              .withChildren(children));
    }
    return audited;
  }
}
