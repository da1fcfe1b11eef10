package uk.harbour.missing;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.harbour.people.ChildPageLinks;
import uk.harbour.shared.ChildId;

/** Links a child's record to their missing episodes (not on a record merged into another). */
@Component
class MissingLinkOnChildPage implements ChildPageLinks {

  @Override
  public List<Link> forChild(ChildId child, boolean merged) {
    return merged
        ? List.of()
        : List.of(new Link("missing.childPage.link", null, "/missing/children/" + child));
  }
}
