package uk.harbour.cases.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import uk.harbour.cases.CaseSummary;
import uk.harbour.cases.Cases;
import uk.harbour.cases.assessment.Assessments;
import uk.harbour.cases.plan.PlanAction;
import uk.harbour.cases.plan.PlanView;
import uk.harbour.cases.plan.Plans;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.shared.DisplayDates;

/**
 * What is due for the signed-in practitioner across the young people whose team they are in: plan
 * actions and reviews due soon or overdue, and assessments not yet signed off. Only children the
 * user may see are included (the people module scopes the list by the access policy).
 */
@Service
class Worklist {

  /** Items due within this many days are listed, as well as everything overdue. */
  static final int DUE_WITHIN_DAYS = 14;

  static final int MAX_CHILDREN = 200;

  private final Children children;
  private final Cases cases;
  private final Assessments assessments;
  private final Plans plans;
  private final Clock clock;

  Worklist(Children children, Cases cases, Assessments assessments, Plans plans, Clock clock) {
    this.children = children;
    this.cases = cases;
    this.assessments = assessments;
    this.plans = plans;
    this.clock = clock;
  }

  View forCurrentUser() {
    LocalDate today = LocalDate.now(clock.withZone(DisplayDates.ZONE));
    LocalDate soon = today.plusDays(DUE_WITHIN_DAYS);
    List<YoungPerson> people = new ArrayList<>();
    List<Due> actions = new ArrayList<>();
    List<Due> reviews = new ArrayList<>();
    List<Due> assessmentsDue = new ArrayList<>();
    for (ChildRecord child : children.inMyTeams(MAX_CHILDREN)) {
      Optional<CaseSummary> kase = cases.openCase(child.id());
      if (kase.isEmpty()) {
        continue;
      }
      String name = child.fullName();
      String href = "/cases/" + kase.get().id();
      LocalDate assessmentDue = assessments.dueOn(kase.get());
      boolean needsAssessment = assessments.awaitingSignedOffAssessment(kase.get().id());
      if (needsAssessment && !assessmentDue.isAfter(soon)) {
        assessmentsDue.add(
            new Due(
                name, null, assessmentDue, assessmentDue.isBefore(today), href + "/assessment"));
      }
      Optional<PlanView> plan = plans.peek(kase.get());
      LocalDate nextReview = plan.map(PlanView::nextReviewOn).orElse(null);
      if (nextReview != null && !nextReview.isAfter(soon)) {
        reviews.add(new Due(name, null, nextReview, nextReview.isBefore(today), href + "/plan"));
      }
      for (PlanAction a : plan.map(PlanView::actions).orElse(List.of())) {
        if (a.status().open() && !a.dueOn().isAfter(soon)) {
          actions.add(
              new Due(
                  name, a.what(), a.dueOn(), a.overdue(today), href + "/plan/actions/" + a.id()));
        }
      }
      people.add(
          new YoungPerson(
              name, child.reference(), href, needsAssessment ? assessmentDue : null, nextReview));
    }
    Comparator<Due> byDate = Comparator.comparing(Due::dueOn);
    actions.sort(byDate);
    reviews.sort(byDate);
    assessmentsDue.sort(byDate);
    return new View(people, actions, reviews, assessmentsDue, DUE_WITHIN_DAYS);
  }

  /** The work list page. */
  record View(
      List<YoungPerson> youngPeople,
      List<Due> actions,
      List<Due> reviews,
      List<Due> assessments,
      int withinDays) {}

  /** A young person with an open case whose team the user is in. */
  record YoungPerson(
      String name, String reference, String href, LocalDate assessmentDue, LocalDate nextReview) {}

  /** Something due: for whom, what (for actions), when, whether overdue, where to do it. */
  record Due(String name, String what, LocalDate dueOn, boolean overdue, String href) {}
}
