package uk.harbour.cases;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.intake.ConcernScreened;
import uk.harbour.intake.ScreeningDecisions;

/**
 * A screening referral to the CSE service opens the child's case or adds the concern to it ({@link
 * Cases#openOrAdd}), puts the decision in the case's chronology and tells intake which case it went
 * to: synchronously, in the transaction that recorded the decision, so the decision and the case
 * commit (and are audited) together or not at all. Other outcomes leave cases alone.
 */
@Component
class ScreeningReferrals {

  private final Cases cases;
  private final ScreeningDecisions decisions;
  private final ApplicationEventPublisher events;

  ScreeningReferrals(Cases cases, ScreeningDecisions decisions, ApplicationEventPublisher events) {
    this.cases = cases;
    this.decisions = decisions;
    this.events = events;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void on(ConcernScreened screened) {
    if (!screened.referredToCseService()) {
      return;
    }
    CaseId caseId = cases.openOrAdd(screened.child(), screened.reference());
    decisions.referredTo(screened.concernId(), caseId.value());
    events.publishEvent(
        new CaseActivity(
            caseId,
            CaseActivity.Kind.SCREENING_DECISION,
            "Screening decision on concern "
                + screened.reference()
                + " by "
                + screened.decidedByName()
                + ": referral to the CSE service. Reasons: "
                + screened.reasons(),
            screened.decidedAt(),
            null));
  }
}
