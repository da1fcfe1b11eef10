package uk.harbour.intelligence;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.shared.ChildId;

/**
 * The registers as other modules read them (a disruption names its target; a plan names the adult
 * it disrupts): the words that name an entry and the children linked to it. Whether the reader may
 * see those children is the reader's own rule (the need-to-know function), never decided here.
 */
@Service
public class Entities {

  private final EntityRepository repository;

  Entities(EntityRepository repository) {
    this.repository = repository;
  }

  /** The entry, or empty when there is none with this id. */
  @Transactional(readOnly = true)
  public Optional<EntitySummary> find(EntityId id) {
    return repository.summary(id);
  }

  /**
   * A SQL expression for the words that name the entry whose id is in {@code idColumn}, for another
   * module's query (as the access policy gives its clauses), so that a page can read its rows and
   * their targets' names in one round trip.
   */
  public String labelColumn(String idColumn) {
    return "(SELECT e.label FROM intel_entity e WHERE e.id = " + idColumn + ")";
  }

  /** The words that name each of these entries (those that exist), in one read. */
  @Transactional(readOnly = true)
  public java.util.Map<EntityId, String> labels(java.util.Collection<EntityId> ids) {
    return repository.labels(ids);
  }

  /** Entries whose words contain the text (case folded), of one kind, at most {@code limit}. */
  @Transactional(readOnly = true)
  public List<EntitySummary> search(EntityKind kind, String text, int limit) {
    return repository.search(kind, text, limit);
  }

  /** The children linked to the entry by any submission, directly (one step). */
  @Transactional(readOnly = true)
  public List<ChildId> linkedChildren(EntityId id) {
    return repository.linkedChildren(id);
  }
}
