package uk.harbour.contexts;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.CaseSummary;
import uk.harbour.cases.Cases;
import uk.harbour.contexts.Kinds.Influence;
import uk.harbour.contexts.Kinds.Reliability;
import uk.harbour.contexts.Records.Link;
import uk.harbour.contexts.Records.PeerEntry;
import uk.harbour.shared.RecordNotFoundException;

/**
 * A child's contexts and peer map, inside the child's own case: read and changed only by those the
 * case's access check lets in (a 404 for anyone else, audited by cases), every view audited with
 * the child.
 */
@Service
class CaseContexts {

  static final String LINKS_VIEWED = "contexts of the child";
  static final String PEERS_VIEWED = "peer map";

  private final Cases cases;
  private final CaseContextRepository repository;
  private final Register register;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseContexts(
      Cases cases,
      CaseContextRepository repository,
      Register register,
      ApplicationEventPublisher events,
      Clock clock) {
    this.cases = cases;
    this.repository = repository;
    this.register = register;
    this.events = events;
    this.clock = clock;
  }

  /** The case and the child's links, audited as a view of the child's contexts. */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  Viewed<Link> links(CaseId id) {
    CaseSummary kase = cases.requireCase(id, AuditAction.VIEW);
    List<Link> links = repository.linksOf(kase.child());
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, Cases.RECORD_TYPE, id)
            .withDetail(LINKS_VIEWED + ", results " + links.size())
            .withChildren(List.of(kase.child())));
    return new Viewed<>(kase, links, cases.mayChange(kase));
  }

  @Transactional(noRollbackFor = RecordNotFoundException.class)
  Viewed<PeerEntry> peers(CaseId id) {
    CaseSummary kase = cases.requireCase(id, AuditAction.VIEW);
    List<PeerEntry> peers = repository.peersOf(kase.child());
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, Cases.RECORD_TYPE, id)
            .withDetail(PEERS_VIEWED + ", results " + peers.size())
            .withChildren(List.of(kase.child())));
    return new Viewed<>(kase, peers, cases.mayChange(kase));
  }

  /** Refuses, before a form is read, anyone who may not change the case (404 or 403, audited). */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  CaseSummary toChange(CaseId id) {
    return cases.requireCaseToChange(id);
  }

  /** Links the child to the context; false if they were linked already. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  boolean link(CaseId id, ContextId context, String basis, Reliability reliability, String by) {
    CaseSummary kase = cases.requireCaseToChange(id);
    register.require(context, AuditAction.CHANGE);
    UUID link = UUID.randomUUID();
    if (!repository.link(
        link, context, kase.child(), id.value(), basis, reliability, clock.instant(), by)) {
      return false;
    }
    events.publishEvent(
        new ChildContextChanged(link, ChildContextChanged.Change.LINKED, kase.child()));
    return true;
  }

  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  void addPeer(
      CaseId id,
      String initials,
      Influence influence,
      Reliability reliability,
      String safetyAction,
      String by) {
    CaseSummary kase = cases.requireCaseToChange(id);
    UUID entry = UUID.randomUUID();
    repository.addPeer(
        entry,
        kase.child(),
        id.value(),
        initials,
        influence,
        reliability,
        safetyAction,
        clock.instant(),
        by);
    events.publishEvent(
        new ChildContextChanged(entry, ChildContextChanged.Change.PEER_ADDED, kase.child()));
  }

  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  void removePeer(CaseId id, UUID entry) {
    CaseSummary kase = cases.requireCaseToChange(id);
    if (!repository.removePeer(entry, kase.child())) {
      throw cases.notInCase(id, "peer map entry", entry);
    }
    events.publishEvent(
        new ChildContextChanged(entry, ChildContextChanged.Change.PEER_REMOVED, kase.child()));
  }

  /** What a case page shows: the case, its rows and whether the user may change them. */
  record Viewed<T>(CaseSummary kase, List<T> rows, boolean mayChange) {}
}
