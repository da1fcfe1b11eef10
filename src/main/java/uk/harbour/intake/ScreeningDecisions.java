package uk.harbour.intake;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the cases module tells intake back when it reacts to a {@link ConcernScreened} referral:
 * which case the concern went to, kept with the decision.
 */
@Service
public class ScreeningDecisions {

  private final ConcernRepository repository;

  ScreeningDecisions(ConcernRepository repository) {
    this.repository = repository;
  }

  /** Records the case a referred concern went to, in the transaction that recorded the decision. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void referredTo(UUID concernId, UUID caseId) {
    repository.referredTo(concernId, caseId);
  }
}
