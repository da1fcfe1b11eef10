package uk.harbour.cases.worklist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;
import uk.harbour.cases.Cases;
import uk.harbour.people.ChildRecord;
import uk.harbour.shared.DisplayDates;

/**
 * A team manager's home: what is overdue across their team (the young people of everyone they
 * manage, and their own), assessments waiting for their sign-off, follow-ups after closure, open
 * cases waiting for a key worker, and each key worker's caseload. Worked out in SQL within the
 * access policy; each child shown is audited.
 */
@Service
class ManagerWorkList {

  /** The most items of one kind listed; the page says when there are more. */
  static final int ITEM_LIMIT = 100;

  static final String LIST = "manager's work list";

  private final CaseloadRepository caseloadRepository;
  private final DueWorkRepository due;
  private final ShownChildren shown;
  private final Directory directory;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final MissingSections missing;
  private final Clock clock;

  ManagerWorkList(
      CaseloadRepository caseloadRepository,
      DueWorkRepository due,
      ShownChildren shown,
      Directory directory,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      MissingSections missing,
      Clock clock) {
    this.missing = missing;
    this.caseloadRepository = caseloadRepository;
    this.due = due;
    this.shown = shown;
    this.directory = directory;
    this.currentUser = currentUser;
    this.events = events;
    this.clock = clock;
  }

  /** The work list; only for team managers, and audited. */
  @Transactional(noRollbackFor = AccessDeniedException.class)
  View view() {
    HarbourUser manager = currentUser.require();
    if (!manager.has(Role.TEAM_MANAGER)) {
      events.publishEvent(
          new Audited(
              AuditAction.ACCESS_DENIED,
              Cases.RECORD_TYPE,
              null,
              AuditOutcome.DENIED,
              null,
              "manager work list"));
      throw new AccessDeniedException("Team managers only");
    }
    LocalDate today = LocalDate.now(clock.withZone(DisplayDates.ZONE));
    LocalDate yesterday = today.minusDays(1);
    DueWorkRepository.Scope team = due.managedTeams();
    DueWorkRepository.Found<DueWorkRepository.Row> actions =
        due.actions(team, yesterday, ITEM_LIMIT);
    DueWorkRepository.Found<DueWorkRepository.Row> reviews =
        due.reviews(team, yesterday, ITEM_LIMIT);
    DueWorkRepository.Found<DueWorkRepository.Row> assessments =
        due.assessments(team, yesterday, ITEM_LIMIT);
    DueWorkRepository.Found<DueWorkRepository.Row> assessmentReviews =
        due.assessmentReviews(team, yesterday, ITEM_LIMIT);
    DueWorkRepository.Found<DueWorkRepository.Row> signOffs =
        due.awaitingMySignOff(team, ITEM_LIMIT);
    DueWorkRepository.Found<DueWorkRepository.Row> followUps =
        due.followUps(
            team,
            today.minusDays(Worklist.FOLLOW_UP_LISTED_FOR_DAYS),
            today.plusDays(Worklist.DUE_WITHIN_DAYS),
            ITEM_LIMIT);
    DueWorkRepository.Found<CaseloadRepository.Waiting> waiting =
        caseloadRepository.unallocated(ITEM_LIMIT);
    MissingSections.Read missingRead =
        missing.read(uk.harbour.missing.MissingWork.Scope.MANAGED_TEAMS, ITEM_LIMIT);

    ShownChildren.Collector collected = new ShownChildren.Collector();
    MissingSections.collect(collected, missingRead);
    collected.addAll(actions.rows(), "overdue plan actions");
    collected.addAll(reviews.rows(), "overdue plan review");
    collected.addAll(assessments.rows(), "overdue assessment");
    collected.addAll(assessmentReviews.rows(), "overdue assessment review");
    collected.addAll(signOffs.rows(), "assessment awaiting sign-off");
    collected.addAll(followUps.rows(), "follow-up after closure");
    waiting.rows().forEach(w -> collected.add(w.childId(), "waiting for a key worker"));
    Map<UUID, ChildRecord> named = shown.nameAndAudit(collected, LIST);

    List<ShownChildren.Section> overdue =
        List.of(
            Worklist.section(
                "actions",
                actions,
                named,
                today,
                r -> Worklist.planHref(r) + "/actions/" + r.itemId()),
            Worklist.section(
                "reviews", reviews, named, today, r -> Worklist.planHref(r) + "#reviews"),
            Worklist.section("assessments", assessments, named, today, Worklist::assessmentHref),
            Worklist.section(
                "assessmentReviews", assessmentReviews, named, today, Worklist::assessmentHref),
            Worklist.section("signOffs", signOffs, named, today, Worklist::assessmentHref),
            Worklist.section("followUps", followUps, named, today, r -> "/cases/" + r.caseId()));
    List<Unallocated> unallocated =
        waiting.rows().stream()
            .filter(w -> named.containsKey(w.childId()))
            .map(
                w ->
                    new Unallocated(
                        w.caseId(),
                        named.get(w.childId()).fullName(),
                        named.get(w.childId()).reference(),
                        w.openedAt(),
                        w.reReferral()))
            .toList();
    List<Caseload> caseloads = caseloads(manager);
    events.publishEvent(
        new Audited(
            AuditAction.VIEW,
            Cases.RECORD_TYPE,
            null,
            AuditOutcome.SUCCEEDED,
            null,
            "manager work list, children shown " + named.size()));
    return new View(
        caseloads,
        unallocated,
        waiting.total(),
        overdue,
        MissingSections.sections(missingRead, named));
  }

  /**
   * Open and stepped-down cases per key worker (the one in each child's team around the child),
   * counted in SQL over the cases the user sees.
   */
  private List<Caseload> caseloads(HarbourUser manager) {
    Map<UUID, Caseload> loads = new LinkedHashMap<>();
    directory.activeUsersWithRole(Role.KEY_WORKER).stream()
        .filter(u -> manager.id().equals(u.managerId()))
        .forEach(u -> loads.put(u.id().value(), new Caseload(u.displayName(), 0, 0)));
    for (CaseloadRepository.Count count : caseloadRepository.perKeyWorker()) {
      String name =
          loads.containsKey(count.keyWorkerId())
              ? loads.get(count.keyWorkerId()).keyWorker()
              : count.name();
      loads.put(count.keyWorkerId(), new Caseload(name, count.open(), count.steppedDown()));
    }
    List<Caseload> sorted = new ArrayList<>(loads.values());
    sorted.sort(Comparator.comparing(Caseload::open).reversed().thenComparing(Caseload::keyWorker));
    return sorted;
  }

  /** One key worker's cases: open and stepped down. */
  record Caseload(String keyWorker, int open, int steppedDown) {}

  /** An open case waiting for a key worker. */
  record Unallocated(
      UUID id, String childName, String reference, Instant openedAt, boolean reReferral) {}

  /**
   * The manager's home.
   *
   * @param unallocatedTotal how many open cases wait for a key worker (more than listed when cut)
   * @param overdue what is overdue or waiting, by kind
   */
  record View(
      List<Caseload> caseloads,
      List<Unallocated> unallocated,
      long unallocatedTotal,
      List<ShownChildren.Section> overdue,
      List<ShownChildren.Section> missing) {

    public boolean unallocatedCut() {
      return unallocatedTotal > unallocated.size();
    }
  }
}
