package uk.harbour.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.audit.AuditAction;
import uk.harbour.matching.Candidate;
import uk.harbour.matching.PersonRecord;

/**
 * Finds children by name and date of birth the way people actually type them: through the identity
 * matching engine (nicknames, misspellings, names that sound the same, a day and month swapped), so
 * "Sofie Smyth" finds Sophie Smith, best first with the reasons in plain words; then any child
 * whose name contains what was typed ("Soph"). Only ever among the children the user may see: the
 * engine suggests ids from every child held, and the access rule ({@code visible_child_ids}) is
 * applied to them in the query that reads the records (docs/adr/003, docs/adr/017). The search is
 * audited, naming every child shown.
 */
@Service
class ChildFinder {

  /** Results shown at most; the page says when there are more. */
  static final int LIMIT = 25;

  /**
   * Suggestions whose details agree by less than this weight of evidence, in bits, are left out:
   * the level at which one detail "agrees" (docs/adr/006).
   */
  static final double MIN_EVIDENCE = 2;

  /**
   * How many suggestions the engine is asked for before the access rule is applied. The blocking
   * caps bound the candidates anyway (docs/adr/006); this keeps children the user may not see from
   * crowding out those they may.
   */
  static final int CANDIDATES = 2000;

  /** What a search found, and whether there were more than it shows. */
  record Found(List<ChildSearchResult> results, boolean more) {}

  private final ChildIndex index;
  private final ChildSearchRepository repository;
  private final AccessPolicy policy;
  private final ApplicationEventPublisher events;

  ChildFinder(
      ChildIndex index,
      ChildSearchRepository repository,
      AccessPolicy policy,
      ApplicationEventPublisher events) {
    this.index = index;
    this.repository = repository;
    this.policy = policy;
    this.events = events;
  }

  /** The children the user may see who may be the one searched for, best first; audited. */
  @Transactional
  public Found search(ChildSearch criteria) {
    List<Candidate> suggested = suggestions(criteria);
    Map<UUID, ChildRecord> visible = new LinkedHashMap<>();
    repository
        .visibleAmong(
            policy.visibleChildrenClause("c.id"),
            policy.viewerId(),
            suggested.stream().map(c -> UUID.fromString(c.id())).toList())
        .forEach(child -> visible.put(child.id().value(), child));
    List<ChildSearchResult> results = new ArrayList<>();
    for (Candidate c : suggested) {
      ChildRecord child = visible.get(UUID.fromString(c.id()));
      if (child != null) {
        results.add(
            new ChildSearchResult(
                child,
                ChildSearchResult.Closeness.of(evidence(c)),
                MatchReason.of(c.explanation())));
      }
    }
    boolean more = results.size() > LIMIT;
    if (!more) {
      for (ChildRecord child :
          repository.search(
              criteria, policy.visibleChildrenClause("c.id"), policy.viewerId(), LIMIT + 1, 0)) {
        if (results.stream().noneMatch(r -> r.child().id().equals(child.id()))) {
          results.add(new ChildSearchResult(child, null, List.of()));
        }
      }
      more = results.size() > LIMIT;
    }
    List<ChildSearchResult> shown = results.stream().limit(LIMIT).toList();
    events.publishEvent(
        Children.shown(
            AuditAction.SEARCH,
            "children search, results " + shown.size(),
            shown.stream().map(r -> r.child().id()).toList()));
    return new Found(shown, more);
  }

  /**
   * The engine's suggestions for what was typed, best first, one per child. The name is given to
   * the engine as a whole, as a member of the public's "their name" is (first word as the first
   * name, last word as the family name, neither counting against a child when it does not agree,
   * docs/adr/006); a single word is also tried as a family name, so "Smyth" finds the Smiths.
   */
  private List<Candidate> suggestions(ChildSearch criteria) {
    if (criteria.isEmpty()) {
      return List.of();
    }
    index.refresh();
    List<String> tokens = criteria.nameTokens();
    List<PersonRecord> probes = new ArrayList<>();
    probes.add(
        probe(criteria)
            .otherNames(tokens.isEmpty() ? List.of() : List.of(String.join(" ", tokens)))
            .build());
    if (tokens.size() == 1) {
      probes.add(probe(criteria).familyName(tokens.get(0)).build());
    }
    Map<String, Candidate> best = new LinkedHashMap<>();
    for (PersonRecord probe : probes) {
      for (Candidate c : index.query(probe, CANDIDATES, 0)) {
        if (evidence(c) >= MIN_EVIDENCE) {
          best.merge(c.id(), c, (a, b) -> a.probability() >= b.probability() ? a : b);
        }
      }
    }
    return best.values().stream()
        .sorted(Comparator.comparingDouble(Candidate::probability).reversed())
        .toList();
  }

  /** The weight of the details' evidence alone, without the prior. */
  private static double evidence(Candidate c) {
    return c.matchWeight() - c.explanation().priorWeight();
  }

  private PersonRecord.Builder probe(ChildSearch criteria) {
    PersonRecord.Builder b = PersonRecord.builder("search");
    if (criteria.dateOfBirth() != null) {
      b.dateOfBirth(criteria.dateOfBirth());
    }
    return b;
  }
}
