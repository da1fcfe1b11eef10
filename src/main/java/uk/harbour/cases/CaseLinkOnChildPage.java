package uk.harbour.cases;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.harbour.people.ChildPageLinks;
import uk.harbour.shared.ChildId;

/**
 * Links a child's record to their case, or offers to open one to those who may (never on a record
 * merged into another: the kept record is where new work starts).
 */
@Component
class CaseLinkOnChildPage implements ChildPageLinks {

  private final CaseRepository repository;
  private final CaseLifecycle lifecycle;

  CaseLinkOnChildPage(CaseRepository repository, CaseLifecycle lifecycle) {
    this.repository = repository;
    this.lifecycle = lifecycle;
  }

  @Override
  public List<Link> forChild(ChildId child, boolean merged) {
    var latest = repository.latestFor(child);
    if (latest.isPresent() && !latest.get().isClosed()) {
      return List.of(new Link("cases.childPage.case", null, "/cases/" + latest.get().id()));
    }
    List<Link> links = new java.util.ArrayList<>();
    latest.ifPresent(
        c -> links.add(new Link("cases.childPage.closedCase", null, "/cases/" + c.id())));
    if (!merged && lifecycle.mayChangeStatus()) {
      links.add(new Link("cases.childPage.open", null, "/cases/open/" + child));
    }
    return links;
  }
}
