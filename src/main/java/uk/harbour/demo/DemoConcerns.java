package uk.harbour.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.intake.ConcernSeeding;
import uk.harbour.people.ChildDetails;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/**
 * The demo world's screening queue: a practitioner's concern about each of the three children new
 * to the service (names as the reporter spelt them, one known only by a nickname, so screening
 * shows the matching at work), and one anonymous public report. One has waited over a day, so the
 * queue highlights it.
 */
final class DemoConcerns {

  /** What each reporter saw, with {She}, {she}, {her}, {is} and {s} for the child's pronouns. */
  private static final List<String> ACCOUNTS =
      List.of(
          "Seen twice this week getting into a silver car driven by a man in his thirties after"
              + " school. {She} had a new phone and would not say who gave it to {her}.",
          "{She} told the school nurse an older man at the takeaway gives {her} cash to carry"
              + " packages across town, and that {she} {is} scared of what happens if {she}"
              + " stop{s}.",
          "Came to the clinic with an adult man who answered every question for {her} and would"
              + " not leave the room. {She} looked frightened and left without being seen.");

  private static final List<String> PLACES =
      List.of(
          "Outside Riverside Academy", "Kebab house, Station Road", "Northbridge health centre");

  private static final List<Duration> WAITED =
      List.of(Duration.ofHours(30), Duration.ofHours(6), Duration.ofHours(2));

  private DemoConcerns() {}

  /**
   * What a reporter who does not know a child well may call them: a short form of a demo first
   * name, as listed in the matching's nickname table.
   */
  private static final Map<String, String> NICKNAMES =
      Map.of("Callum", "Cal", "Daniel", "Danny", "Samuel", "Sam", "Oliver", "Ollie");

  /**
   * A concern about the {@code index}-th demo child (one of the last three), raised by {@code by}.
   * The family name is misspelt (two letters swapped). The first of the three is reported by a
   * nickname only, with "I don't know their name" as a practitioner would when a young person is
   * known only by what friends call them: screening still finds the child from it.
   */
  static String raise(
      ConcernSeeding seeding, UserId by, ChildDetails child, int index, Instant now) {
    int n = index % ACCOUNTS.size();
    String last = child.lastName();
    String misspelt =
        last.length() > 3
            ? last.substring(0, 1) + last.charAt(2) + last.charAt(1) + last.substring(3)
            : last;
    boolean byNickname = index == DemoChildren.COUNT - 3;
    String nickname = NICKNAMES.getOrDefault(child.firstName(), child.firstName());
    return seeding.practitionerConcern(
        by,
        new ConcernSeeding.About(
            byNickname,
            byNickname ? null : child.firstName(),
            misspelt,
            byNickname ? nickname : child.otherNames(),
            child.dateOfBirth(),
            child.dateOfBirth() == null ? child.approximateAge() : null,
            child.sex(),
            child.school()),
        inPronounsOf(child.sex(), ACCOUNTS.get(n)),
        PLACES.get(n),
        now.minus(WAITED.get(n)));
  }

  /**
   * The concern that led to a demo young person's case: raised by the signed-in key worker, linked
   * and referred to the CSE service by a demo screening officer, so the case names it by its real
   * reference like any other case.
   */
  static String referral(ConcernSeeding seeding, Directory directory, ChildId child, Instant now) {
    return seeding.referral(
        child,
        directory.findUserByUsername("screening.lee").orElseThrow().id(),
        "Has been missing from home three times this month and came back each time with new"
            + " clothes and a phone nobody at home had bought.",
        "Repeated missing episodes with unexplained gifts: referred to the CSE service for"
            + " assessment and a plan.",
        now.minus(Duration.ofDays(20)));
  }

  /** An anonymous report from a hotel worker. */
  static String report(ConcernSeeding seeding, Instant now) {
    return seeding.publicReport(
        "A girl who looked about 13 was brought to the hotel late at night by two men who paid"
            + " in cash. She seemed confused and one of the men held her arm.",
        "Station Hotel, Northbridge",
        now.minus(Duration.ofHours(3)));
  }

  /**
   * The account in the child's pronouns: she, he, or they when the sex is not known ({is} and a
   * verb's {s} follow the pronoun).
   */
  static String inPronounsOf(uk.harbour.people.Sex sex, String account) {
    boolean known = sex == uk.harbour.people.Sex.FEMALE || sex == uk.harbour.people.Sex.MALE;
    String she = !known ? "they" : sex == uk.harbour.people.Sex.FEMALE ? "she" : "he";
    String her = !known ? "them" : sex == uk.harbour.people.Sex.FEMALE ? "her" : "him";
    return account
        .replace("{She}", Character.toUpperCase(she.charAt(0)) + she.substring(1))
        .replace("{she}", she)
        .replace("{her}", her)
        .replace("{is}", known ? "is" : "are")
        .replace("{s}", known ? "s" : "");
  }
}
