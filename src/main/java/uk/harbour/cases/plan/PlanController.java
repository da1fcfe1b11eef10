package uk.harbour.cases.plan;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.harbour.audit.AuditAction;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.CaseLanguage;
import uk.harbour.cases.assessment.CaseHeading;
import uk.harbour.cases.assessment.CaseIds;
import uk.harbour.cases.assessment.Conflict;
import uk.harbour.shared.StaleSave;

/** A case's plan: the overview, its section texts and finalising it. */
@Controller
class PlanController {

  private final Plans plans;
  private final CaseHeading headings;
  private final CaseLanguage language;
  private final PlanPages pages;

  PlanController(Plans plans, CaseHeading headings, CaseLanguage language, PlanPages pages) {
    this.pages = pages;
    this.language = language;
    this.plans = plans;
    this.headings = headings;
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields(PlanForm.FIELDS);
  }

  @GetMapping("/cases/{caseId}/plan")
  String overview(@PathVariable String caseId, Model model) {
    PlanPages.Shown shown = pages.show(CaseIds.parse(caseId));
    PlanView plan = shown.plan();
    model.addAttribute("plan", plan);
    model.addAttribute("heading", shown.heading());
    model.addAttribute("sections", PlanSection.values());
    model.addAttribute("charts", plan.measures().stream().map(MeasureChart::of).toList());
    model.addAttribute("reviewIntervalDays", plans.reviewIntervalDays());
    // Disruption of the adults around the child, wherever it is led from: never in the young
    // person's own version of the plan.
    model.addAttribute("disruptions", plan.disruptions());
    return "cases/plan/overview";
  }

  @GetMapping("/cases/{caseId}/plan/edit")
  String edit(@PathVariable String caseId, Model model) {
    PlanView plan = plans.view(CaseIds.parse(caseId), AuditAction.VIEW);
    model.addAttribute("form", PlanForm.from(plan));
    return formPage(model, plan);
  }

  @PostMapping("/cases/{caseId}/plan/edit")
  String save(
      @PathVariable String caseId,
      @ModelAttribute("form") PlanForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CaseId id = CaseIds.parse(caseId);
    form.validate(result);
    if (result.hasErrors()) {
      return formPage(model, plans.view(id, AuditAction.VIEW));
    }
    PlanView before = plans.view(id, AuditAction.VIEW);
    try {
      return StaleSave.saveOrShowAgain(
          model,
          () ->
              plans.saveTexts(
                  id,
                  form.getVersion(),
                  form.texts(),
                  Checks.blankToNull(form.getNoDisruptionReason())),
          () -> saved(id, form, before, redirect),
          () -> {
            PlanView current = plans.view(id, AuditAction.VIEW);
            model.addAttribute("conflicts", conflicts(current, form));
            form.setVersion(current.version());
            return formPage(model, current);
          });
    } catch (DisruptionRequiredException refused) {
      result.rejectValue(refused.field(), refused.messageKey());
      return formPage(model, plans.view(id, AuditAction.VIEW));
    }
  }

  /** After the plan's texts were saved: the banner, and the changed texts through the guide. */
  private String saved(CaseId id, PlanForm form, PlanView before, RedirectAttributes redirect) {
    redirect.addFlashAttribute("saved", true);
    List<CaseLanguage.Field> fields = new java.util.ArrayList<>();
    form.texts()
        .forEach(
            (key, text) -> {
              // The young person's priorities are in their own words: never checked.
              if (!key.equals(PlanSection.PRIORITIES.name())) {
                fields.add(
                    new CaseLanguage.Field(
                        "text[" + key + "]", "plan.section." + key, text, before.text(key)));
              }
            });
    fields.add(
        new CaseLanguage.Field(
            "noDisruptionReason", "plan.noDisruptionReason", form.getNoDisruptionReason()));
    language.afterSave(
        redirect, id, fields, "/cases/" + id + "/plan/edit", "/cases/" + id + "/plan");
    return "redirect:/cases/" + id + "/plan";
  }

  @PostMapping("/cases/{caseId}/plan/finalise")
  String finalise(@PathVariable String caseId, RedirectAttributes redirect) {
    CaseId id = CaseIds.parse(caseId);
    switch (plans.finalise(id)) {
      case FINALISED -> redirect.addFlashAttribute("finalised", true);
      case ALREADY_FINALISED -> redirect.addFlashAttribute("alreadyFinalised", true);
      case DISRUPTION_MISSING -> redirect.addFlashAttribute("disruptionMissing", true);
    }
    return "redirect:/cases/" + id + "/plan";
  }

  private String formPage(Model model, PlanView plan) {
    model.addAttribute("plan", plan);
    model.addAttribute("heading", headings.of(plan.kase()));
    model.addAttribute("sections", PlanSection.values());
    return "cases/plan/form";
  }

  /** The sections where what is saved now differs from what this user typed. */
  static List<Conflict> conflicts(PlanView saved, PlanForm mine) {
    java.util.Map<String, String> typed = mine.texts();
    List<Conflict> conflicts = new java.util.ArrayList<>();
    for (String key : PlanForm.keys()) {
      String theirs = saved.text(key);
      if (!theirs.equals(typed.getOrDefault(key, ""))) {
        conflicts.add(new Conflict("plan.section." + key, theirs));
      }
    }
    String reason = saved.noDisruptionReason() == null ? "" : saved.noDisruptionReason();
    String myReason = Checks.blankToNull(mine.getNoDisruptionReason());
    if (!reason.equals(myReason == null ? "" : myReason)) {
      conflicts.add(new Conflict("plan.noDisruptionReason", reason));
    }
    return conflicts;
  }
}
