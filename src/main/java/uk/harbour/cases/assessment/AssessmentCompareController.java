package uk.harbour.cases.assessment;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.harbour.audit.AuditAction;

/** Two versions of an assessment side by side, and the plain-language summary for the family. */
@Controller
class AssessmentCompareController {

  private final Assessments assessments;
  private final CaseHeading headings;

  AssessmentCompareController(Assessments assessments, CaseHeading headings) {
    this.assessments = assessments;
    this.headings = headings;
  }

  @GetMapping("/cases/{caseId}/assessment/compare")
  String compare(
      @PathVariable String caseId,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to,
      Model model) {
    Assessments.Comparison comparison = assessments.compare(CaseIds.parse(caseId), from, to);
    model.addAttribute("comparison", comparison);
    model.addAttribute("view", comparison.view());
    model.addAttribute("heading", headings.of(comparison.view().kase()));
    AssessmentController.addParts(model);
    return "cases/assessment/compare";
  }

  @GetMapping("/cases/{caseId}/assessment/summary")
  String summary(
      @PathVariable String caseId, @RequestParam(required = false) Integer version, Model model) {
    ShownVersion shown = assessments.shown(CaseIds.parse(caseId), version, AuditAction.VIEW);
    AssessmentView view = shown.view();
    model.addAttribute("view", view);
    model.addAttribute("shown", shown);
    model.addAttribute("heading", headings.of(view.kase()));
    model.addAttribute("familySummary", shown.content().text(Narrative.FAMILY_SUMMARY));
    model.addAttribute("strengths", shown.content().text(Narrative.STRENGTHS));
    return "cases/assessment/summary";
  }
}
