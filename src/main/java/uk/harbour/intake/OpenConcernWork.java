package uk.harbour.intake;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.harbour.people.OpenWork;
import uk.harbour.shared.ChildId;

/** Concerns linked to a child and awaiting a screening decision, as open work for a merge. */
@Component
class OpenConcernWork implements OpenWork {

  private final ConcernListRepository repository;

  OpenConcernWork(ConcernListRepository repository) {
    this.repository = repository;
  }

  @Override
  public List<Item> openFor(ChildId child) {
    return repository.awaitingDecisionFor(child).stream()
        .map(c -> new Item("intake.openWork.concern", c.getKey(), "/screening/" + c.getValue()))
        .toList();
  }
}
