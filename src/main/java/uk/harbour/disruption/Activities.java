package uk.harbour.disruption;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.intelligence.EntityId;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;

/**
 * Disruption activities: who may see them (the police intelligence unit and analysts, the lead
 * officer, the key workers and team managers of a linked child), who may record and change them
 * (the intelligence unit, analysts and the lead officer), and every view audited. An activity the
 * user may not see is refused as not found, and the refusal audited.
 */
@Service
class Activities {

  static final String RECORD_TYPE = "disruption activity";

  private final ActivityRepository activities;
  private final uk.harbour.intelligence.Entities entities;
  private final TacticCatalogue tactics;
  private final AccessPolicy policy;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Activities(
      ActivityRepository activities,
      uk.harbour.intelligence.Entities entities,
      TacticCatalogue tactics,
      AccessPolicy policy,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      Clock clock) {
    this.activities = activities;
    this.entities = entities;
    this.tactics = tactics;
    this.policy = policy;
    this.currentUser = currentUser;
    this.events = events;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(uk.harbour.shared.DisplayDates.ZONE));
  }

  /** Whether the user may record activities at all (naming someone else as lead, too). */
  boolean intelligenceUnit() {
    return currentUser.get().map(Activities::intelligence).orElse(false);
  }

  private static boolean intelligence(HarbourUser u) {
    return u.has(Role.INTELLIGENCE_OFFICER) || u.has(Role.INTELLIGENCE_ANALYST);
  }

  /** Register entries a new activity could be against, audited as a search. */
  @Transactional
  List<uk.harbour.intelligence.EntitySummary> searchTargets(
      uk.harbour.intelligence.EntityKind kind, String text, int limit) {
    List<uk.harbour.intelligence.EntitySummary> found = entities.search(kind, text, limit);
    events.publishEvent(
        Audited.succeeded(AuditAction.SEARCH, "intelligence entity", null)
            .withDetail("disruption target search, results " + found.size()));
    return found;
  }

  /** The activities this user may see, with their targets' words, audited as a list. */
  @Transactional
  List<ActivityRepository.Linked> visible(int limit) {
    List<ActivityRepository.Linked> shown =
        activities.visible(viewer(), clause(), entities.labelColumn("a.target_id"), limit);
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, RECORD_TYPE, null)
            .withDetail("disruption activities, results " + shown.size()));
    return shown;
  }

  /** The activity, audited as a view; not found (audited) if the user may not see it. */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  Activity view(DisruptionId id, List<ChildId> shownChildren) {
    Activity activity = requireVisible(id, AuditAction.VIEW);
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, RECORD_TYPE, id).withChildren(shownChildren));
    return activity;
  }

  /** The activity, for a form that changes it: refused unless the user may change it. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  Activity toChange(DisruptionId id) {
    Activity activity = requireVisible(id, AuditAction.CHANGE);
    if (!mayChange(activity)) {
      events.publishEvent(
          Audited.denied(AuditAction.ACCESS_DENIED, RECORD_TYPE, id).withDetail("CHANGE"));
      throw new AccessDeniedException("Only the intelligence unit and the lead officer change it");
    }
    return activity;
  }

  /** Whether the user may change this activity: the intelligence unit, or its lead officer. */
  boolean mayChange(Activity activity) {
    return currentUser
        .get()
        .map(u -> intelligence(u) || u.id().equals(activity.leadOfficer()))
        .orElse(false);
  }

  List<Activity.Breach> breaches(DisruptionId id) {
    return activities.breaches(id);
  }

  /** Records a new activity; only the intelligence unit may name someone else as lead. */
  @Transactional(noRollbackFor = AccessDeniedException.class)
  DisruptionId create(EntityId target, Activity.Change change) {
    HarbourUser me = currentUser.require();
    if (!intelligence(me) && !me.id().equals(change.leadOfficer())) {
      events.publishEvent(
          Audited.denied(AuditAction.ACCESS_DENIED, RECORD_TYPE, null).withDetail("CREATE"));
      throw new AccessDeniedException("Only the intelligence unit names another lead officer");
    }
    DisruptionId id = new DisruptionId(java.util.UUID.randomUUID());
    activities.insert(id, target, change, clock.instant(), me.displayName());
    events.publishEvent(
        new DisruptionActivityChanged(
            id,
            DisruptionActivityChanged.Change.CREATED,
            tactics.require(change.tacticId()).code(),
            change.children()));
    return id;
  }

  /** Saves a change; {@link StaleRecordException} if someone saved the activity since. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  void update(DisruptionId id, int openedVersion, Activity.Change change) {
    Activity before = toChange(id);
    Instant now = clock.instant();
    if (!activities.update(id, openedVersion, change, now, currentUser.require().displayName())) {
      Activity current = activities.find(id).orElseThrow();
      throw new StaleRecordException(current.updatedByName(), current.updatedAt());
    }
    boolean outcome =
        change.outcome() != null && !Objects.equals(before.outcome(), change.outcome());
    events.publishEvent(
        new DisruptionActivityChanged(
            id,
            outcome
                ? DisruptionActivityChanged.Change.OUTCOME_RECORDED
                : DisruptionActivityChanged.Change.UPDATED,
            outcome ? change.outcome().name() : "version " + (openedVersion + 1),
            union(before.children(), change.children())));
  }

  /** Adds a breach to the activity. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  void addBreach(DisruptionId id, LocalDate on, String whatHappened, FollowUp followed) {
    Activity activity = toChange(id);
    Instant now = clock.instant();
    String by = currentUser.require().displayName();
    activities.addBreach(id, on, whatHappened, followed, now, by);
    activities.touch(id, now, by);
    events.publishEvent(
        new DisruptionActivityChanged(
            id,
            DisruptionActivityChanged.Change.BREACH_RECORDED,
            followed.name(),
            activity.children()));
  }

  /** Reads to send together in one round trip. */
  uk.harbour.shared.BatchedReads batch() {
    return activities.batch();
  }

  /** The activities linked to the child, each with whether the user may open it. */
  java.util.function.Supplier<List<ActivityRepository.Linked>> linkedTo(
      uk.harbour.shared.BatchedReads reads, ChildId child, String labelColumn) {
    return activities.forChild(reads, child, viewer(), clause(), labelColumn);
  }

  private Activity requireVisible(DisruptionId id, AuditAction attempted) {
    Activity activity =
        activities.find(id).filter(a -> activities.mayView(id, viewer(), clause())).orElse(null);
    if (activity == null) {
      events.publishEvent(
          Audited.denied(AuditAction.ACCESS_DENIED, RECORD_TYPE, id).withDetail(attempted.name()));
      throw new RecordNotFoundException(RECORD_TYPE);
    }
    return activity;
  }

  private ActivityRepository.Viewer viewer() {
    HarbourUser me = currentUser.get().orElse(null);
    if (me == null) {
      return new ActivityRepository.Viewer(policy.viewerId(), false, false);
    }
    return new ActivityRepository.Viewer(
        me.id().value(), intelligence(me), me.has(Role.TEAM_MANAGER));
  }

  private String clause() {
    return ActivityRepository.Viewer.clause(
        policy.visibleChildrenClause("dc.child_id"), policy.inManagedTeamsClause("dc.child_id"));
  }

  private static List<ChildId> union(List<ChildId> a, List<ChildId> b) {
    java.util.LinkedHashSet<ChildId> all = new java.util.LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
