package uk.harbour.cases;

import java.time.LocalDate;
import org.springframework.boot.test.context.TestComponent;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.people.Children;
import uk.harbour.people.Sex;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.TestChildren;

/** Synthetic children for case tests, with a key worker in the team around them. */
@TestComponent
public class CaseFixtures {

  private final Children children;
  private final Teams teams;
  private final Directory directory;

  public CaseFixtures(Children children, Teams teams, Directory directory) {
    this.children = children;
    this.teams = teams;
    this.directory = directory;
  }

  /** A new child whose key worker (in the team) is {@code keyWorker}. */
  public ChildId aChildWithKeyWorker(String firstName, String keyWorker) {
    return aChildInTeamOf(firstName, keyWorker, TeamRole.KEY_WORKER);
  }

  /** A new child with one practitioner in their team, in this role. */
  public ChildId aChildInTeamOf(String firstName, String username, TeamRole role) {
    ChildId child =
        children
            .create(
                TestChildren.atSchool(
                    firstName,
                    "Testcase",
                    null,
                    LocalDate.of(2011, 5, 4),
                    Sex.FEMALE,
                    "Northbridge High"))
            .id();
    teams.assign(child, directory.findUserByUsername(username).orElseThrow().id(), role);
    return child;
  }
}
