package uk.harbour.cases.plan;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.audit.AuditAction;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.assessment.CaseHeading;
import uk.harbour.shared.RecordNotFoundException;

/**
 * A plan page's content and its caption (the young person's name), read in one transaction, so the
 * page commits once.
 */
@Service
class PlanPages {

  /** The plan and the caption above it. */
  record Shown(PlanView plan, CaseHeading.Heading heading) {}

  private final Plans plans;
  private final CaseHeading headings;

  PlanPages(Plans plans, CaseHeading headings) {
    this.plans = plans;
    this.headings = headings;
  }

  /** The plan, audited as a view of the case, with its caption. */
  @Transactional(noRollbackFor = {RecordNotFoundException.class, AccessDeniedException.class})
  Shown show(CaseId caseId) {
    PlanView plan = plans.view(caseId, AuditAction.VIEW);
    return new Shown(plan, headings.of(plan.kase()));
  }
}
