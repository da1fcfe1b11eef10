package uk.harbour.cases.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
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
import uk.harbour.accesscontrol.AgencySummary;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.audit.AuditAction;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.CaseLanguage;
import uk.harbour.cases.assessment.CaseHeading;
import uk.harbour.cases.assessment.CaseIds;

/** Progress measures and reviews of a plan. */
@Controller
class PlanProgressController {

  private final Plans plans;
  private final CaseLanguage language;
  private final CaseHeading headings;
  private final Directory directory;
  private final MessageSource messages;

  PlanProgressController(
      Plans plans,
      CaseHeading headings,
      CaseLanguage language,
      Directory directory,
      MessageSource messages) {
    this.directory = directory;
    this.messages = messages;
    this.language = language;
    this.plans = plans;
    this.headings = headings;
  }

  @InitBinder("measureForm")
  void measureFields(WebDataBinder binder) {
    binder.setAllowedFields(MeasureForm.FIELDS);
  }

  @InitBinder("pointForm")
  void pointFields(WebDataBinder binder) {
    binder.setAllowedFields(PointForm.FIELDS);
  }

  @InitBinder("reviewForm")
  void reviewFields(WebDataBinder binder) {
    binder.setAllowedFields(ReviewForm.FIELDS);
  }

  @GetMapping("/cases/{caseId}/plan/measures/new")
  String newMeasure(@PathVariable String caseId, Model model) {
    model.addAttribute("measureForm", new MeasureForm());
    return page(model, CaseIds.parse(caseId), "cases/plan/measure-form");
  }

  @PostMapping("/cases/{caseId}/plan/measures/new")
  String addMeasure(
      @PathVariable String caseId,
      @ModelAttribute("measureForm") MeasureForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CaseId id = CaseIds.parse(caseId);
    UUID key = form.validate(result);
    if (result.hasErrors()) {
      return page(model, id, "cases/plan/measure-form");
    }
    plans.addMeasure(id, form.getName().strip(), key);
    redirect.addFlashAttribute("measureSaved", true);
    return "redirect:/cases/" + id + "/plan#progress";
  }

  @GetMapping("/cases/{caseId}/plan/measures/record")
  String newPoint(@PathVariable String caseId, Model model) {
    model.addAttribute("pointForm", new PointForm());
    return page(model, CaseIds.parse(caseId), "cases/plan/point-form");
  }

  @PostMapping("/cases/{caseId}/plan/measures/record")
  String recordPoint(
      @PathVariable String caseId,
      @ModelAttribute("pointForm") PointForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CaseId id = CaseIds.parse(caseId);
    UUID key = form.validate(result);
    if (result.hasErrors()) {
      return page(model, id, "cases/plan/point-form");
    }
    plans.recordMeasure(
        id,
        form.measure(),
        form.getRecordedOn().date(),
        form.number(),
        Checks.blankToNull(form.getNote()),
        key);
    redirect.addFlashAttribute("measureSaved", true);
    language.afterSave(
        redirect,
        id,
        List.of(new CaseLanguage.Field("note", "plan.point.note", form.getNote())),
        null,
        "/cases/" + id + "/plan");
    return "redirect:/cases/" + id + "/plan#progress";
  }

  @GetMapping("/cases/{caseId}/plan/reviews/new")
  String newReview(@PathVariable String caseId, Model model) {
    model.addAttribute("reviewForm", new ReviewForm());
    return page(model, CaseIds.parse(caseId), "cases/plan/review-form");
  }

  @PostMapping("/cases/{caseId}/plan/reviews/new")
  String addReview(
      @PathVariable String caseId,
      @ModelAttribute("reviewForm") ReviewForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CaseId id = CaseIds.parse(caseId);
    if (form.addingAttendee()) {
      form.addRow();
      return page(model, id, "cases/plan/review-form");
    }
    UUID key = form.validate(result, agencyNames());
    if (result.hasErrors()) {
      return page(model, id, "cases/plan/review-form");
    }
    plans.addReview(id, form.toReview(), key);
    redirect.addFlashAttribute("reviewSaved", true);
    // The young person's own views at the review are their words: never checked.
    List<CaseLanguage.Field> fields = new ArrayList<>();
    for (int i = 0; i < form.getAttendees().size(); i++) {
      fields.add(
          new CaseLanguage.Field(
              "attendees[" + i + "].role",
              "plan.review.attendee.role",
              form.getAttendees().get(i) == null ? null : form.getAttendees().get(i).getRole()));
    }
    fields.add(
        new CaseLanguage.Field(
            "attendanceNotes", "plan.review.attendanceNotes", form.getAttendanceNotes()));
    fields.add(
        new CaseLanguage.Field("familyViews", "plan.review.familyViews", form.getFamilyViews()));
    fields.add(new CaseLanguage.Field("decisions", "plan.review.decisions", form.getDecisions()));
    language.afterSave(redirect, id, fields, null, "/cases/" + id + "/plan");
    return "redirect:/cases/" + id + "/plan#reviews";
  }

  private String page(Model model, CaseId id, String template) {
    PlanView plan = plans.view(id, AuditAction.VIEW);
    model.addAttribute("plan", plan);
    model.addAttribute("heading", headings.of(plan.kase()));
    Map<String, String> measures = new LinkedHashMap<>();
    plan.measures().forEach(m -> measures.put(m.id().toString(), m.name()));
    model.addAttribute("measureOptions", measures);
    model.addAttribute("participation", Participation.values());
    model.addAttribute("reviewIntervalDays", plans.reviewIntervalDays());
    Map<String, String> agencies = new LinkedHashMap<>();
    agencies.put("", messages.getMessage("plan.review.attendee.chooseAgency", null, Locale.UK));
    agencyNames().forEach(name -> agencies.put(name, name));
    agencies.put(
        Attendee.OTHER_AGENCY,
        messages.getMessage("plan.review.attendee.otherAgency", null, Locale.UK));
    model.addAttribute("agencyOptions", agencies);
    return template;
  }

  private Set<String> agencyNames() {
    Set<String> names = new LinkedHashSet<>();
    directory.agencies().stream()
        .filter(AgencySummary::active)
        .forEach(agency -> names.add(agency.name()));
    return names;
  }
}
