package uk.harbour.accesscontrol;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.shared.ChildId;

/**
 * Screening officers may see a child while a concern about them awaits a screening decision. The
 * intake module opens access when a concern is matched to a child and closes it on decision.
 */
@Service
public class ScreeningAccess {

  private final ScreeningAccessRepository repository;
  private final Clock clock;

  ScreeningAccess(ScreeningAccessRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  @Transactional
  public void awaitingScreening(ChildId child, String concernReference) {
    repository.open(child, concernReference, clock.instant());
    AccessDecisions.forgetAll();
  }

  @Transactional
  public void screened(ChildId child, String concernReference) {
    repository.close(child, concernReference);
    AccessDecisions.forgetAll();
  }
}
