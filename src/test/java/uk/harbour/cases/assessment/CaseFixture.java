package uk.harbour.cases.assessment;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.Cases;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.people.Sex;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.TestChildren;

/**
 * A new child with kw.jones as key worker and an open case, for tests that need a case of their
 * own. Import with {@code @Import({ActAs.class, CaseFixture.class})}.
 */
@Component
public class CaseFixture {

  private final ActAs actAs;
  private final Children children;
  private final Teams teams;
  private final Cases cases;

  public CaseFixture(ActAs actAs, Children children, Teams teams, Cases cases) {
    this.actAs = actAs;
    this.children = children;
    this.teams = teams;
    this.cases = cases;
  }

  /** A child whose key worker is kw.jones, with an open case; leaves nobody signed in. */
  public CaseId newCase(String firstName) {
    var keyWorker = actAs.user("kw.jones");
    try {
      ChildRecord child =
          children.create(
              TestChildren.inNeed(firstName, "Fixture", LocalDate.of(2011, 6, 1), Sex.MALE));
      teams.assign(child.id(), keyWorker.id(), TeamRole.KEY_WORKER);
      return cases.openOrAdd(child.id(), "CON-FIXTURE-" + UUID.randomUUID());
    } finally {
      actAs.nobody();
    }
  }
}
