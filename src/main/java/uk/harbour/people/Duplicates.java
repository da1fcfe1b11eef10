package uk.harbour.people;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.matching.Candidate;
import uk.harbour.shared.RecordNotFoundException;

/**
 * The possible-duplicates queue for children already held: a scan first estimates the matching
 * parameters again from the children held, then asks the matching index, for every child held, who
 * else may be the same child; pairs above the review level wait for a screening officer, who
 * decides they are different children or proposes a merge for a second person to approve. Every
 * look and decision is audited.
 */
@Service
class Duplicates {

  static final String PAIR = "child-duplicate";
  private static final int PER_CHILD = 5;

  private final ChildIndex index;
  private final MergeRepository repository;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final double reviewFrom;

  Duplicates(
      ChildIndex index,
      MergeRepository repository,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      Clock clock,
      @Value("${harbour.duplicates.review-from:0.5}") double reviewFrom) {
    this.index = index;
    this.repository = repository;
    this.currentUser = currentUser;
    this.events = events;
    this.clock = clock;
    this.reviewFrom = reviewFrom;
  }

  /** Runs the scan over every child held; returns how many pairs await a look afterwards. */
  @Transactional
  public int scan() {
    currentUser.get().ifPresent(u -> requireScreeningOfficer());
    repository.lockScans();
    Instant started = clock.instant();
    index.reestimate();
    Map<String, Candidate> best = new HashMap<>();
    for (ChildRecord child : index.all()) {
      for (Candidate c : index.query(index.person(child), PER_CHILD, reviewFrom)) {
        String self = child.id().toString();
        String key = self.compareTo(c.id()) < 0 ? self + " " + c.id() : c.id() + " " + self;
        best.merge(key, c, (x, y) -> x.probability() >= y.probability() ? x : y);
      }
    }
    best.forEach(
        (key, c) -> {
          String[] ids = key.split(" ");
          repository.saveFound(
              UUID.fromString(ids[0]),
              UUID.fromString(ids[1]),
              c.probability(),
              MatchReason.of(c.explanation()).stream()
                  .map(MatchReason::stored)
                  .collect(Collectors.joining("\n")),
              started);
        });
    repository.forgetOpenNotFoundSince(started);
    events.publishEvent(
        Audited.succeeded(AuditAction.SEARCH, PAIR, null)
            .withDetail(
                "duplicate scan: " + best.size() + " pairs from " + index.size() + " children"));
    return best.size();
  }

  /** Pairs awaiting a look or an approval, most likely first; the listing is audited. */
  @Transactional
  public List<DuplicatePair> queue(int limit) {
    requireScreeningOfficer();
    List<DuplicatePair> pairs = repository.openPairs(limit);
    events.publishEvent(
        Audited.succeeded(AuditAction.SEARCH, PAIR, null)
            .withDetail(
                "possible duplicates listed: "
                    + pairs.stream()
                        .map(p -> p.first().reference() + "/" + p.second().reference())
                        .collect(Collectors.joining(", ")))
            .withChildren(
                pairs.stream()
                    .flatMap(p -> java.util.stream.Stream.of(p.first().id(), p.second().id()))
                    .toList()));
    return pairs;
  }

  /** One pair, side by side; each child's record shown is audited as a view. */
  @Transactional
  public DuplicatePair pair(UUID id) {
    requireScreeningOfficer();
    DuplicatePair pair = repository.pair(id).orElseThrow(() -> new RecordNotFoundException(PAIR));
    for (ChildRecord child : List.of(pair.first(), pair.second())) {
      events.publishEvent(
          Audited.succeeded(AuditAction.VIEW, Children.RECORD_TYPE, child.id())
              .withDetail("possible duplicate " + id));
    }
    return pair;
  }

  /** A person decided the two records are different children: the pair leaves the queue. */
  @Transactional
  public void notTheSameChild(UUID id, String reasons) {
    HarbourUser user = requireScreeningOfficer();
    if (!repository.decidePair(
        id, "OPEN", "NOT_SAME", user.id().value(), user.displayName(), reasons, clock.instant())) {
      throw new MergeException("merge.error.alreadyDecided");
    }
    events.publishEvent(
        Audited.succeeded(AuditAction.REVIEW, PAIR, id).withDetail("not the same child"));
  }

  HarbourUser requireScreeningOfficer() {
    HarbourUser user = currentUser.require();
    if (!user.has(Role.SCREENING_OFFICER)) {
      throw new AccessDeniedException("Only screening officers work on duplicates");
    }
    return user;
  }
}
