package uk.harbour.cases;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.harbour.people.OpenWork;
import uk.harbour.shared.ChildId;

/** A child's case that is not closed, as open work a merge must not silently double up. */
@Component
class OpenCaseWork implements OpenWork {

  private final CaseRepository repository;

  OpenCaseWork(CaseRepository repository) {
    this.repository = repository;
  }

  @Override
  public List<Item> openFor(ChildId child) {
    return repository
        .activeFor(child)
        .map(c -> List.of(new Item("cases.openWork.case", null, "/cases/" + c.id())))
        .orElse(List.of());
  }
}
