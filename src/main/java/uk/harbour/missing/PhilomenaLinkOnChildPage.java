package uk.harbour.missing;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.harbour.people.ChildPageLinks;
import uk.harbour.shared.ChildId;

/** Links a child's record to their Philomena profile (not on a record merged into another). */
@Component
class PhilomenaLinkOnChildPage implements ChildPageLinks {

  @Override
  public List<Link> forChild(ChildId child, boolean merged) {
    return merged
        ? List.of()
        : List.of(new Link("missing.philomena.childPage", null, PhilomenaController.base(child)));
  }
}
