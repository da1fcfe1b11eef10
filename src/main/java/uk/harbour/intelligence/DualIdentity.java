package uk.harbour.intelligence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordNotFoundException;

/**
 * Dual identity: a young person can be a person of concern in another child's case and still be a
 * victim in their own. An intelligence officer records that a person entry is a child known to
 * Harbour (by the child's reference, which the child's team can give), or removes it, with reasons;
 * every decision is kept and audited, and the child's key worker is told, so that their own safety
 * is planned for too. Nothing about the child is revealed to the officer by recording it: the
 * entry's page names the child only to those who may see them.
 */
@Service
class DualIdentity {

  private final DualIdentityRepository repository;
  private final RegisterRepository registers;
  private final Children children;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  DualIdentity(
      DualIdentityRepository repository,
      RegisterRepository registers,
      Children children,
      CurrentUser currentUser,
      Clock clock,
      ApplicationEventPublisher events) {
    this.repository = repository;
    this.registers = registers;
    this.children = children;
    this.currentUser = currentUser;
    this.clock = clock;
    this.events = events;
  }

  /** What an entry's page shows of it: the child (named if the viewer may see them) and history. */
  record Shown(
      boolean recorded,
      @Nullable String childName,
      @Nullable UUID childId,
      List<DualIdentityRepository.Decision> history) {}

  /** For the entry's own page: the child, without the history of decisions. */
  @Transactional
  Shown onEntryPage(UUID entity) {
    return shown(entity, false);
  }

  /** For the form that changes it: the child and every decision so far. */
  @Transactional
  Shown of(UUID entity) {
    return shown(entity, true);
  }

  private Shown shown(UUID entity, boolean withHistory) {
    Optional<ChildId> child = repository.childOf(entity);
    String name = null;
    UUID visibleId = null;
    if (child.isPresent()) {
      List<ChildRecord> seen =
          children.visibleAmong(List.of(child.get()), "child recorded as a person of concern");
      if (!seen.isEmpty()) {
        name = seen.get(0).fullName();
        visibleId = seen.get(0).id().value();
      }
    }
    return new Shown(
        child.isPresent(), name, visibleId, withHistory ? repository.history(entity) : List.of());
  }

  /** The person entry, for the officer's form; not found unless the officer may decide. */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  RegisterRepository.Entry entryToDecide(UUID entity) {
    requireOfficer(entity);
    return person(entity);
  }

  /**
   * Records the entry as the child with this Harbour reference; empty if no child has it (the
   * look-up is audited either way, revealing nothing else about the child).
   */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  Optional<ChildId> record(UUID entity, String reference, String reasons) {
    HarbourUser user = requireOfficer(entity);
    person(entity);
    Optional<Children.HeldReference> held = children.heldRecordForReference(reference);
    events.publishEvent(
        Audited.succeeded(AuditAction.SEARCH, "child", null)
            .withDetail("child reference for dual identity, found " + held.isPresent()));
    if (held.isEmpty()) {
      return Optional.empty();
    }
    ChildId child = held.get().id();
    Optional<ChildId> before = repository.childOf(entity);
    before
        .filter(previous -> !previous.equals(child))
        .ifPresent(previous -> removed(entity, previous, reasons, user));
    if (before.filter(child::equals).isEmpty()) {
      repository.set(entity, child);
      repository.decided(entity, child, "RECORDED", reasons, user, clock.instant());
      events.publishEvent(
          new DualIdentityChanged(
              new EntityId(entity), child, DualIdentityChanged.Change.RECORDED));
    }
    return Optional.of(child);
  }

  /** Removes the record that the entry is a child; false if it was not recorded as one. */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  boolean remove(UUID entity, String reasons) {
    HarbourUser user = requireOfficer(entity);
    Optional<ChildId> child = repository.childOf(entity);
    if (child.isEmpty()) {
      return false;
    }
    repository.set(entity, null);
    removed(entity, child.get(), reasons, user);
    return true;
  }

  /** Whether this child is recorded as a person of concern to others, for the child's team. */
  @Transactional(readOnly = true)
  boolean isPersonOfConcern(ChildId child) {
    return repository.isPersonOfConcern(child);
  }

  private void removed(UUID entity, ChildId child, String reasons, HarbourUser user) {
    repository.decided(entity, child, "REMOVED", reasons, user, clock.instant());
    events.publishEvent(
        new DualIdentityChanged(new EntityId(entity), child, DualIdentityChanged.Change.REMOVED));
  }

  private RegisterRepository.Entry person(UUID entity) {
    return registers
        .find(entity)
        .filter(e -> e.kind() == EntityKind.PERSON)
        .orElseThrow(() -> new RecordNotFoundException(IntelligenceAccess.ENTITY));
  }

  private HarbourUser requireOfficer(UUID entity) {
    HarbourUser user = currentUser.require();
    if (!IntelligenceAccess.triages(user)) {
      events.publishEvent(
          Audited.denied(AuditAction.ACCESS_DENIED, IntelligenceAccess.ENTITY, entity)
              .withDetail("CHANGE"));
      throw new RecordNotFoundException(IntelligenceAccess.ENTITY);
    }
    return user;
  }
}
