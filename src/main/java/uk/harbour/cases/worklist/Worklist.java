package uk.harbour.cases.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.people.ChildRecord;
import uk.harbour.shared.DisplayDates;

/**
 * What is due for the signed-in practitioner across the young people whose team they are in: plan
 * actions and reviews (the first review included) due soon or overdue, assessments and prompted
 * assessment reviews due, and follow-ups after closure; and their young people with open or
 * stepped-down cases, a page at a time. Worked out in SQL within the access policy; each child
 * shown is audited.
 */
@Service
class Worklist {

  /** Items due within this many days are listed, as well as everything overdue. */
  static final int DUE_WITHIN_DAYS = 14;

  /** Follow-ups after closure stay listed this many days after their date. */
  static final int FOLLOW_UP_LISTED_FOR_DAYS = 28;

  /** Young people a page. */
  static final int PAGE_SIZE = 50;

  /** The most items of one kind listed; the page says when there are more. */
  static final int ITEM_LIMIT = 100;

  static final String LIST = "work list";

  private final DueWorkRepository due;
  private final ShownChildren shown;
  private final MissingSections missing;
  private final Clock clock;

  Worklist(DueWorkRepository due, ShownChildren shown, MissingSections missing, Clock clock) {
    this.due = due;
    this.shown = shown;
    this.missing = missing;
    this.clock = clock;
  }

  @Transactional
  View forCurrentUser(int page) {
    LocalDate today = LocalDate.now(clock.withZone(DisplayDates.ZONE));
    LocalDate soon = today.plusDays(DUE_WITHIN_DAYS);
    DueWorkRepository.Scope scope = due.myTeams();
    DueWorkRepository.Found<DueWorkRepository.CaseRow> people =
        due.activeCases(scope, PAGE_SIZE, (long) (page - 1) * PAGE_SIZE);
    DueWorkRepository.Found<DueWorkRepository.Row> actions = due.actions(scope, soon, ITEM_LIMIT);
    DueWorkRepository.Found<DueWorkRepository.Row> reviews = due.reviews(scope, soon, ITEM_LIMIT);
    DueWorkRepository.Found<DueWorkRepository.Row> assessments =
        due.assessments(scope, soon, ITEM_LIMIT);
    DueWorkRepository.Found<DueWorkRepository.Row> assessmentReviews =
        due.assessmentReviews(scope, soon, ITEM_LIMIT);
    DueWorkRepository.Found<DueWorkRepository.Row> followUps =
        due.followUps(scope, today.minusDays(FOLLOW_UP_LISTED_FOR_DAYS), soon, ITEM_LIMIT);
    MissingSections.Read missingRead =
        missing.read(uk.harbour.missing.MissingWork.Scope.MY_TEAMS, ITEM_LIMIT);

    ShownChildren.Collector collected = new ShownChildren.Collector();
    MissingSections.collect(collected, missingRead);
    people.rows().forEach(r -> collected.add(r.childId(), "case summary"));
    collected.addAll(actions.rows(), "plan actions due");
    collected.addAll(reviews.rows(), "plan review due");
    collected.addAll(assessments.rows(), "assessment due");
    collected.addAll(assessmentReviews.rows(), "assessment review due");
    collected.addAll(followUps.rows(), "follow-up after closure");
    Map<UUID, ChildRecord> named = shown.nameAndAudit(collected, LIST);

    List<ShownChildren.Section> sections =
        List.of(
            section("actions", actions, named, today, r -> planHref(r) + "/actions/" + r.itemId()),
            section("reviews", reviews, named, today, r -> planHref(r) + "#reviews"),
            section("assessments", assessments, named, today, Worklist::assessmentHref),
            section("assessmentReviews", assessmentReviews, named, today, Worklist::assessmentHref),
            section("followUps", followUps, named, today, r -> "/cases/" + r.caseId()));
    List<YoungPerson> youngPeople =
        people.rows().stream()
            .filter(r -> named.containsKey(r.childId()))
            .map(
                r ->
                    new YoungPerson(
                        named.get(r.childId()).fullName(),
                        named.get(r.childId()).reference(),
                        "/cases/" + r.caseId(),
                        r.status(),
                        r.reReferral(),
                        r.assessmentDue(),
                        r.nextReview()))
            .toList();
    return new View(
        youngPeople,
        people.total(),
        page,
        PAGE_SIZE,
        sections,
        MissingSections.sections(missingRead, named),
        DUE_WITHIN_DAYS);
  }

  static ShownChildren.Section section(
      String key,
      DueWorkRepository.Found<DueWorkRepository.Row> found,
      Map<UUID, ChildRecord> named,
      LocalDate today,
      java.util.function.Function<DueWorkRepository.Row, String> href) {
    return new ShownChildren.Section(
        key, ShownChildren.lines(found.rows(), named, today, href), found.total());
  }

  static String planHref(DueWorkRepository.Row r) {
    return "/cases/" + r.caseId() + "/plan";
  }

  static String assessmentHref(DueWorkRepository.Row r) {
    return "/cases/" + r.caseId() + "/assessment";
  }

  /** The work list page. */
  record View(
      List<YoungPerson> youngPeople,
      long youngPeopleTotal,
      int page,
      int pageSize,
      List<ShownChildren.Section> sections,
      List<ShownChildren.Section> missing,
      int withinDays) {

    public boolean hasPrevious() {
      return page > 1;
    }

    public boolean hasNext() {
      return (long) page * pageSize < youngPeopleTotal;
    }

    public long first() {
      return youngPeopleTotal == 0 ? 0 : (long) (page - 1) * pageSize + 1;
    }

    public long last() {
      return Math.min(youngPeopleTotal, (long) page * pageSize);
    }
  }

  /**
   * A young person with an open or stepped-down case whose team the user is in.
   *
   * @param assessmentDue when the first assessment is due, or null once one is signed off
   */
  record YoungPerson(
      String name,
      String reference,
      String href,
      String status,
      boolean reReferral,
      LocalDate assessmentDue,
      LocalDate nextReview) {}
}
