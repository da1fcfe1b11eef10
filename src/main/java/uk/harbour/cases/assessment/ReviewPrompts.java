package uk.harbour.cases.assessment;

import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.harbour.cases.CaseActivity;

/**
 * Something new on an open case (a concern, a screening decision, a missing episode, a change of
 * status) prompts a review of its assessment: the overview shows why until a new version is
 * submitted. Runs in the publisher's transaction.
 */
@Component
class ReviewPrompts {

  static final Set<CaseActivity.Kind> PROMPTING =
      Set.of(
          CaseActivity.Kind.CONCERN,
          CaseActivity.Kind.SCREENING_DECISION,
          CaseActivity.Kind.MISSING_EPISODE,
          CaseActivity.Kind.STATUS_CHANGE);

  private final Assessments assessments;

  ReviewPrompts(Assessments assessments) {
    this.assessments = assessments;
  }

  @EventListener
  void on(CaseActivity activity) {
    if (PROMPTING.contains(activity.kind())) {
      assessments.promptReview(activity.caseId(), activity.summary());
    }
  }
}
