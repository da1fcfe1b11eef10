package uk.harbour.people;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.TeamMember;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.UserId;

/**
 * Merging two records of the same child, and undoing it. One screening officer proposes, a second
 * approves; only then is the other record merged into the kept one: the kept record gains what it
 * did not know, the other record's names and its team (so everyone who worked with the child keeps
 * access), and the other record is kept, marked as merged, never deleted. An unmerge puts both
 * records and the team back as they were. Every step is audited against both children.
 */
@Service
class Merges {

  static final String MERGE = "child-merge";
  static final String KEPT_BEFORE = "KEPT_BEFORE";
  static final String MERGED_BEFORE = "MERGED_BEFORE";
  static final String KEPT_AFTER = "KEPT_AFTER";

  private final MergeRepository repository;
  private final ChildRepository children;
  private final Duplicates duplicates;
  private final Teams teams;
  private final MergeNotices notices;
  private final ObjectProvider<OpenWork> openWork;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Merges(
      MergeRepository repository,
      ChildRepository children,
      Duplicates duplicates,
      Teams teams,
      MergeNotices notices,
      ObjectProvider<OpenWork> openWork,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.children = children;
    this.duplicates = duplicates;
    this.teams = teams;
    this.notices = notices;
    this.openWork = openWork;
    this.events = events;
    this.clock = clock;
  }

  /** Proposes merging one record of the pair into the other; a second person must approve. */
  @Transactional
  public UUID propose(UUID pairId, boolean keepFirst, String reasons) {
    HarbourUser user = duplicates.requireScreeningOfficer();
    DuplicatePair pair =
        repository.pair(pairId).orElseThrow(() -> new RecordNotFoundException(Duplicates.PAIR));
    if (!pair.open()) {
      throw new MergeException("merge.error.alreadyDecided");
    }
    ChildRecord kept = keepFirst ? pair.first() : pair.second();
    ChildRecord merged = keepFirst ? pair.second() : pair.first();
    Instant now = clock.instant();
    if (!repository.decidePair(
        pairId, "OPEN", "PROPOSED", user.id().value(), user.displayName(), null, now)) {
      throw new MergeException("merge.error.alreadyDecided");
    }
    UUID id = UUID.randomUUID();
    repository.insertMerge(
        id, pairId, kept, merged, user.id().value(), user.displayName(), reasons, now);
    events.publishEvent(new ChildMergeProposed(id, merged.reference(), kept.reference()));
    notices.awaitingApproval(user, id, merged.reference(), kept.reference());
    return id;
  }

  /** The merge, for a screening officer; both records shown are audited as views. */
  @Transactional
  public ChildMerge view(UUID id) {
    duplicates.requireScreeningOfficer();
    ChildMerge merge = find(id);
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, Children.RECORD_TYPE, merge.kept().id())
            .withDetail("merge " + id));
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, Children.RECORD_TYPE, merge.merged().id())
            .withDetail("merge " + id));
    return merge;
  }

  /** Merges, as proposed, if the approver is not the proposer and neither record has changed. */
  @Transactional
  public void approve(UUID id, String reasons) {
    HarbourUser user = duplicates.requireScreeningOfficer();
    ChildMerge merge = find(id);
    if (!merge.proposed()) {
      throw new MergeException("merge.error.alreadyDecided");
    }
    if (user.id().value().equals(merge.proposedBy())) {
      throw new MergeException("merge.error.sameApprover");
    }
    ChildRecord kept = merge.kept();
    ChildRecord merged = merge.merged();
    if (kept.version() != merge.keptVersion() || merged.version() != merge.mergedVersion()) {
      throw new MergeException("merge.error.changedSinceProposal");
    }
    if (kept.merged() || merged.merged()) {
      throw new MergeException("merge.error.alreadyMerged");
    }
    Instant now = clock.instant();
    if (!repository.decideMerge(
        id, "MERGED", user.id().value(), user.displayName(), reasons, now)) {
      throw new MergeException("merge.error.alreadyDecided");
    }
    ChildDetails after = MergedDetails.combine(kept.details(), merged.details());
    children.saveSnapshot(id, KEPT_BEFORE, kept.details());
    children.saveSnapshot(id, MERGED_BEFORE, merged.details());
    children.saveSnapshot(id, KEPT_AFTER, after);
    UUID by = user.id().value();
    String byName = user.displayName();
    boolean written =
        children.rewrite(kept.id(), kept.version(), null, after, null, by, byName, now)
            && children.rewrite(
                merged.id(), merged.version(), null, merged.details(), kept.id(), by, byName, now);
    if (!written) {
      throw new MergeException("merge.error.changedSinceProposal");
    }
    List<UserId> keyWorkers = keyWorkers(kept, merged);
    shareTeam(id, merged, kept);
    if (!openWork(kept.id()).isEmpty() && !openWork(merged.id()).isEmpty()) {
      notices.bothHadOpenWork(keyWorkers, id, merged.reference(), kept.reference(), kept.id());
      events.publishEvent(
          Audited.succeeded(AuditAction.REVIEW, MERGE, id)
              .withDetail("both records had open work; key workers told: " + keyWorkers.size()));
    }
    repository.decidePair(merge.duplicateId(), "PROPOSED", "MERGED", by, byName, null, now);
    events.publishEvent(
        new ChildrenMerged(
            id, kept.id(), kept.reference(), merged.id(), merged.reference(), false));
  }

  /** Turns the proposal down: nothing changes, the pair leaves the queue as not the same child. */
  @Transactional
  public void reject(UUID id, String reasons) {
    HarbourUser user = duplicates.requireScreeningOfficer();
    ChildMerge merge = find(id);
    Instant now = clock.instant();
    if (!repository.decideMerge(
        id, "REJECTED", user.id().value(), user.displayName(), reasons, now)) {
      throw new MergeException("merge.error.alreadyDecided");
    }
    repository.decidePair(
        merge.duplicateId(),
        "PROPOSED",
        "NOT_SAME",
        user.id().value(),
        user.displayName(),
        reasons,
        now);
    events.publishEvent(new ChildMergeRejected(id));
  }

  /**
   * Undoes a merge: the merged record is held again as it was, the kept record gets back what it
   * was before (except fields edited since the merge, which are listed), and the team members the
   * merge added leave the kept record's team. Refused while the kept record is itself merged into a
   * third record (undo that later merge first), so one unmerge never undoes another merge.
   */
  @Transactional
  public List<String> unmerge(UUID id, String reasons) {
    HarbourUser user = duplicates.requireScreeningOfficer();
    ChildMerge merge = find(id);
    if (!merge.done()) {
      throw new MergeException("merge.error.notMerged");
    }
    ChildRecord kept = merge.kept();
    ChildRecord merged = merge.merged();
    if (kept.merged()) {
      throw new MergeException("merge.error.keptMergedSince");
    }
    if (!kept.id().equals(merged.mergedInto())) {
      throw new MergeException("merge.error.changedSinceProposal");
    }
    MergedDetails.Restored restored =
        MergedDetails.restore(
            kept.details(), children.snapshot(id, KEPT_BEFORE), children.snapshot(id, KEPT_AFTER));
    Instant now = clock.instant();
    UUID by = user.id().value();
    String byName = user.displayName();
    boolean written =
        children.rewrite(kept.id(), kept.version(), null, restored.details(), null, by, byName, now)
            && children.rewrite(
                merged.id(),
                merged.version(),
                kept.id(),
                children.snapshot(id, MERGED_BEFORE),
                null,
                by,
                byName,
                now);
    if (!written
        || !repository.markUnmerged(id, by, byName, reasons, restored.keptAsEdited(), now)) {
      throw new MergeException("merge.error.changedSinceProposal");
    }
    repository.decidePair(merge.duplicateId(), "MERGED", "NOT_SAME", by, byName, reasons, now);
    for (UUID member : repository.teamAdded(id)) {
      teams.withdraw(kept.id(), new UserId(member));
    }
    events.publishEvent(
        new ChildrenMerged(id, kept.id(), kept.reference(), merged.id(), merged.reference(), true));
    return restored.keptAsEdited();
  }

  /** Proposals awaiting approval and completed merges, newest first, for screening officers. */
  @Transactional(readOnly = true)
  public List<ChildMerge> recent(int limit) {
    duplicates.requireScreeningOfficer();
    return repository.recentMerges(Set.of("PROPOSED", "MERGED"), limit);
  }

  /**
   * The open work other modules hold about this record (an open case, concerns awaiting a
   * decision), for a screening officer about to approve or looking back at a merge.
   */
  @Transactional(readOnly = true)
  public List<OpenWork.Item> openWork(uk.harbour.shared.ChildId child) {
    return openWork.orderedStream().flatMap(w -> w.openFor(child).stream()).toList();
  }

  private List<UserId> keyWorkers(ChildRecord... records) {
    List<UserId> found = new java.util.ArrayList<>();
    for (ChildRecord r : records) {
      for (TeamMember m : teams.members(r.id())) {
        if (m.role() == TeamRole.KEY_WORKER
            && m.user() != null
            && m.user().active()
            && !found.contains(m.user().id())) {
          found.add(m.user().id());
        }
      }
    }
    return found;
  }

  private ChildMerge find(UUID id) {
    return repository.merge(id).orElseThrow(() -> new RecordNotFoundException(MERGE));
  }

  private void shareTeam(UUID mergeId, ChildRecord from, ChildRecord to) {
    List<TeamMember> already = teams.members(to.id());
    boolean hasKeyWorker = already.stream().anyMatch(m -> m.role() == TeamRole.KEY_WORKER);
    for (TeamMember member : teams.members(from.id())) {
      if (member.user() == null
          || already.stream().anyMatch(m -> m.user().id().equals(member.user().id()))) {
        continue;
      }
      TeamRole role =
          member.role() == TeamRole.KEY_WORKER && hasKeyWorker
              ? TeamRole.OTHER_PRACTITIONER
              : member.role();
      hasKeyWorker |= role == TeamRole.KEY_WORKER;
      teams.assign(to.id(), member.user().id(), role);
      repository.recordTeamAdded(mergeId, member.user().id().value(), role.name());
    }
  }
}
