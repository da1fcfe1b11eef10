package uk.harbour.people;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.harbour.web.HomeChildren;

/** The home page's "children you work with": the children whose team the user is in. */
@Component
class TeamChildrenOnHome implements HomeChildren {

  static final int LIMIT = 50;

  private final Children children;

  TeamChildrenOnHome(Children children) {
    this.children = children;
  }

  @Override
  public List<ChildLink> forCurrentUser() {
    return children.inMyTeams(LIMIT).stream()
        .map(c -> new ChildLink(c.fullName() + " (" + c.reference() + ")", "/children/" + c.id()))
        .toList();
  }
}
