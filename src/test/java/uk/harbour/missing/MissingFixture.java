package uk.harbour.missing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.Cases;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.people.Sex;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.DisplayDates;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.TestChildren;

/**
 * Children with a key worker and an open case, for the missing pages' tests, and the fields a form
 * posts for a moment (date boxes and a time). Import with {@code @Import({ActAs.class,
 * MissingFixture.class})}.
 */
@Component
public class MissingFixture {

  /** A child of the fixture and their open case. */
  public record Young(ChildId child, CaseId kase, String name) {}

  private final ActAs actAs;
  private final Children children;
  private final Teams teams;
  private final Cases cases;

  public MissingFixture(ActAs actAs, Children children, Teams teams, Cases cases) {
    this.actAs = actAs;
    this.children = children;
    this.teams = teams;
    this.cases = cases;
  }

  /** A child whose key worker is {@code keyWorker}, with an open case; nobody signed in after. */
  public Young child(String keyWorker, String firstName) {
    var worker = actAs.user(keyWorker);
    try {
      ChildRecord child =
          children.create(
              TestChildren.inNeed(firstName, "Missingtest", LocalDate.of(2011, 5, 1), Sex.FEMALE));
      teams.assign(child.id(), worker.id(), TeamRole.KEY_WORKER);
      CaseId kase = cases.openOrAdd(child.id(), "CON-MISSING-" + UUID.randomUUID());
      return new Young(child.id(), kase, child.fullName());
    } finally {
      actAs.nobody();
    }
  }

  /** The date boxes and time field of a moment as a form posts them, in UK time. */
  public static Map<String, String> when(String field, Instant at) {
    ZonedDateTime t = at.atZone(DisplayDates.ZONE);
    Map<String, String> fields = new HashMap<>();
    fields.put(field + ".day", String.valueOf(t.getDayOfMonth()));
    fields.put(field + ".month", String.valueOf(t.getMonthValue()));
    fields.put(field + ".year", String.valueOf(t.getYear()));
    fields.put(field + "Time", String.format("%02d:%02d", t.getHour(), t.getMinute()));
    return fields;
  }
}
