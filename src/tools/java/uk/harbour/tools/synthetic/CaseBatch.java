package uk.harbour.tools.synthetic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.CaseStatus;
import uk.harbour.people.ChildDetails;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/**
 * One batch of young people: their records, their teams around the child (the key worker, and often
 * a police officer, a school's safeguarding lead, a nurse or a youth worker from the same area),
 * their cases with chronology and voice, and for a share of them an assessment and a plan. Call
 * inside a transaction.
 */
@Component
class CaseBatch {

  /** How often each kind of practitioner is in a team, besides the key worker. */
  private static final TeamRole[] OTHER_ROLES = {
    TeamRole.POLICE_OFFICER,
    TeamRole.EDUCATION_PRACTITIONER,
    TeamRole.HEALTH_PRACTITIONER,
    TeamRole.YOUTH_WORKER
  };

  private static final double[] OTHER_CHANCE = {0.7, 0.8, 0.4, 0.3};

  /** Running totals for the summary line. */
  static final class Totals {
    long open;
    long steppedDown;
    long closed;
    long chronology;
    long voice;
    long assessed;
    long planned;
  }

  private final ChildBulkLoad children;
  private final AccessBulkLoad teams;
  private final CaseBulkLoad caseLoad;
  private final AssessmentBulkLoad assessments;
  private final PlanBulkLoad plans;

  CaseBatch(
      ChildBulkLoad children,
      AccessBulkLoad teams,
      CaseBulkLoad caseLoad,
      AssessmentBulkLoad assessments,
      PlanBulkLoad plans) {
    this.children = children;
    this.teams = teams;
    this.caseLoad = caseLoad;
    this.assessments = assessments;
    this.plans = plans;
  }

  void generate(
      int from,
      int size,
      Volumes v,
      Staff staff,
      int[] keyWorkerOf,
      Cohort cohort,
      World world,
      Totals totals,
      Instant now) {
    List<ChildDetails> details = new ArrayList<>(size);
    for (int i = from; i < from + size; i++) {
      details.add(cohort.child(i, Staff.areaOf(keyWorkerOf[i], StaffPool.AREAS.length)));
    }
    List<ChildId> ids = children.create(details, now);
    List<AccessBulkLoad.Placement> placements = new ArrayList<>();
    List<SyntheticCase> newCases = new ArrayList<>(size);
    List<List<UserId>> seenBy = new ArrayList<>(size);
    for (int j = 0; j < size; j++) {
      int i = from + j;
      int k = keyWorkerOf[i];
      Staff.Member worker = staff.keyWorkers().get(k);
      CaseStatus status = cohort.status();
      Instant opened = cohort.openedAt(status);
      Instant changed = status == CaseStatus.OPEN ? null : cohort.changedAt(opened);
      List<UserId> team = new ArrayList<>();
      team.add(worker.id());
      placements.add(
          new AccessBulkLoad.Placement(ids.get(j), worker.id(), TeamRole.KEY_WORKER, opened));
      int area = Staff.areaOf(k, StaffPool.AREAS.length);
      for (int r = 0; r < OTHER_ROLES.length; r++) {
        if (cohort.chance(OTHER_CHANCE[r])) {
          List<Staff.Member> pool = staff.othersByArea().get(OTHER_ROLES[r]).get(area);
          Staff.Member other = pool.get(cohort.random().nextInt(pool.size()));
          team.add(other.id());
          placements.add(
              new AccessBulkLoad.Placement(ids.get(j), other.id(), OTHER_ROLES[r], opened));
        }
      }
      team.add(staff.managerOf(k).id());
      seenBy.add(team);
      newCases.add(
          new SyntheticCase(
              ids.get(j),
              worker.id(),
              worker.displayName(),
              status,
              opened,
              changed,
              reason(status),
              status == CaseStatus.CLOSED ? cohort.followUp(changed) : null,
              cohort.chronologyEntries(i),
              v.voicePerCase()));
      count(totals, status, cohort.chronologyEntries(i), v.voicePerCase());
    }
    teams.placeInTeams(placements);
    List<CaseId> caseIds = caseLoad.create(newCases);
    List<SyntheticWork> assessed = new ArrayList<>();
    List<SyntheticWork> planned = new ArrayList<>();
    for (int j = 0; j < size; j++) {
      int k = keyWorkerOf[from + j];
      Staff.Member worker = staff.keyWorkers().get(k);
      Staff.Member manager = staff.managerOf(k);
      SyntheticWork work =
          new SyntheticWork(
              caseIds.get(j),
              worker.id(),
              worker.displayName(),
              manager.id(),
              manager.displayName(),
              newCases.get(j).openedAt());
      if (cohort.chance(v.assessedShare())) {
        assessed.add(work);
        if (cohort.chance(v.plannedShare() / Math.max(v.assessedShare(), v.plannedShare()))) {
          planned.add(work);
        }
      } else if (v.plannedShare() > v.assessedShare() && cohort.chance(v.plannedShare())) {
        planned.add(work);
      }
      world.add(caseIds.get(j).value(), ids.get(j).value(), seenBy.get(j));
    }
    if (!assessed.isEmpty()) {
      assessments.create(assessed);
    }
    if (!planned.isEmpty()) {
      plans.create(planned);
    }
    totals.assessed += assessed.size();
    totals.planned += planned.size();
  }

  private static String reason(CaseStatus status) {
    return switch (status) {
      case OPEN -> null;
      case STEPPED_DOWN -> Cohort.STEPPED_DOWN_REASON;
      case CLOSED -> Cohort.CLOSED_REASON;
    };
  }

  private static void count(Totals totals, CaseStatus status, int entries, int voice) {
    switch (status) {
      case OPEN -> totals.open++;
      case STEPPED_DOWN -> totals.steppedDown++;
      case CLOSED -> totals.closed++;
    }
    totals.chronology += Math.max(2, entries);
    totals.voice += voice;
  }
}
