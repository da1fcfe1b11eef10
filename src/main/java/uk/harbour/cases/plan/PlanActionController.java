package uk.harbour.cases.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.harbour.accesscontrol.AgencySummary;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.audit.AuditAction;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.CaseLanguage;
import uk.harbour.cases.assessment.CaseHeading;
import uk.harbour.cases.assessment.CaseIds;
import uk.harbour.disruption.DisruptionSummary;
import uk.harbour.disruption.Disruptions;
import uk.harbour.shared.StaleSave;

/** Adding and changing the actions of a plan. */
@Controller
class PlanActionController {

  private final Plans plans;
  private final CaseLanguage language;
  private final CaseHeading headings;
  private final Directory directory;
  private final MessageSource messages;
  private final Disruptions disruptions;

  PlanActionController(
      Plans plans,
      CaseHeading headings,
      Directory directory,
      MessageSource messages,
      CaseLanguage language,
      Disruptions disruptions) {
    this.disruptions = disruptions;
    this.language = language;
    this.plans = plans;
    this.headings = headings;
    this.directory = directory;
    this.messages = messages;
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields(ActionForm.FIELDS);
  }

  @GetMapping("/cases/{caseId}/plan/actions/new")
  String newAction(
      @PathVariable String caseId, @RequestParam(required = false) String section, Model model) {
    PlanView plan = plans.view(CaseIds.parse(caseId), AuditAction.VIEW);
    model.addAttribute(
        "form",
        ActionForm.blank(
            Checks.parse(PlanSection.class, section) == null
                ? PlanSection.DISRUPTION.name()
                : section));
    return formPage(model, plan, null);
  }

  @PostMapping("/cases/{caseId}/plan/actions/new")
  String add(
      @PathVariable String caseId,
      @ModelAttribute("form") ActionForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CaseId id = CaseIds.parse(caseId);
    PlanView plan = plans.view(id, AuditAction.VIEW);
    UUID key = form.validate(result, true, agencyNames(null), activityIds(plan));
    if (result.hasErrors()) {
      return formPage(model, plan, null);
    }
    plans.addAction(id, form.toAction(null), key);
    redirect.addFlashAttribute("actionSaved", true);
    checkLanguage(redirect, id, form, null);
    return "redirect:/cases/" + id + "/plan";
  }

  @GetMapping("/cases/{caseId}/plan/actions/{actionId}")
  String edit(@PathVariable String caseId, @PathVariable String actionId, Model model) {
    CaseId id = CaseIds.parse(caseId);
    PlanView plan = plans.view(id, AuditAction.VIEW);
    PlanAction action = plans.action(id, plan, actionId);
    model.addAttribute("form", ActionForm.from(action));
    return formPage(model, plan, action);
  }

  @PostMapping("/cases/{caseId}/plan/actions/{actionId}")
  String update(
      @PathVariable String caseId,
      @PathVariable String actionId,
      @ModelAttribute("form") ActionForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CaseId id = CaseIds.parse(caseId);
    PlanView plan = plans.view(id, AuditAction.VIEW);
    PlanAction action = plans.action(id, plan, actionId);
    form.validate(result, false, agencyNames(action.ownerAgency()), activityIds(plan));
    if (result.hasErrors()) {
      return formPage(model, plan, action);
    }
    try {
      return StaleSave.saveOrShowAgain(
          model,
          () -> plans.updateAction(id, form.toAction(action.id())),
          () -> {
            redirect.addFlashAttribute("actionSaved", true);
            checkLanguage(redirect, id, form, "/cases/" + id + "/plan/actions/" + action.id());
            return "redirect:/cases/" + id + "/plan";
          },
          () -> {
            PlanAction current = plans.action(id, plans.view(id, AuditAction.VIEW), actionId);
            model.addAttribute("current", current);
            form.setVersion(current.version());
            return formPage(model, plan, current);
          });
    } catch (DisruptionRequiredException refused) {
      result.rejectValue(refused.field(), refused.messageKey());
      return formPage(model, plan, action);
    }
  }

  private void checkLanguage(
      RedirectAttributes redirect, CaseId id, ActionForm form, String changeHref) {
    language.afterSave(
        redirect,
        id,
        List.of(
            new CaseLanguage.Field("what", "plan.action.what", form.getWhat()),
            new CaseLanguage.Field("outcome", "plan.action.outcome", form.getOutcome())),
        changeHref,
        "/cases/" + id + "/plan");
  }

  /** The disruption activities linked to the case's child, which a disruption action may name. */
  private List<DisruptionSummary> activities(PlanView plan) {
    return disruptions.forChild(plan.kase().child());
  }

  private java.util.Set<String> activityIds(PlanView plan) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    activities(plan).forEach(a -> ids.add(a.id().toString()));
    return ids;
  }

  /** The agencies an action's owner may be from: those Harbour lists, and the one saved. */
  private java.util.Set<String> agencyNames(String saved) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    for (AgencySummary agency : directory.agencies()) {
      if (agency.active()) {
        names.add(agency.name());
      }
    }
    if (saved != null) {
      names.add(saved);
    }
    return names;
  }

  private String formPage(Model model, PlanView plan, PlanAction action) {
    model.addAttribute("plan", plan);
    model.addAttribute("action", action);
    model.addAttribute("heading", headings.of(plan.kase()));
    model.addAttribute("statuses", ActionStatus.values());
    Map<String, String> sections = new LinkedHashMap<>();
    for (PlanSection s : PlanSection.values()) {
      sections.put(
          s.name(),
          messages.getMessage("plan.section." + s.name(), null, LocaleContextHolder.getLocale()));
    }
    model.addAttribute("sectionOptions", sections);
    Map<String, String> agencies = new LinkedHashMap<>();
    agencies.put(
        "", messages.getMessage("plan.action.chooseAgency", null, LocaleContextHolder.getLocale()));
    agencyNames(action == null ? null : action.ownerAgency()).forEach(a -> agencies.put(a, a));
    model.addAttribute("agencyOptions", agencies);
    Map<String, String> linked = new LinkedHashMap<>();
    linked.put(
        "",
        messages.getMessage(
            "plan.action.noDisruptionActivity", null, LocaleContextHolder.getLocale()));
    for (DisruptionSummary a : activities(plan)) {
      linked.put(a.id().toString(), a.tacticName() + " (" + a.targetLabel() + ")");
    }
    model.addAttribute("disruptionOptions", linked);
    return "cases/plan/action-form";
  }
}
