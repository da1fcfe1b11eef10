package uk.harbour.cases.assessment;

import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.CaseLanguage;
import uk.harbour.shared.Indicator;
import uk.harbour.shared.IndicatorGroup;
import uk.harbour.shared.StaleRecordException;
import uk.harbour.shared.StaleSave;

/** A case's assessment: overview, editing, submitting and manager sign-off. */
@Controller
class AssessmentController {

  private final Assessments assessments;
  private final CaseHeading headings;
  private final CaseLanguage language;

  AssessmentController(Assessments assessments, CaseHeading headings, CaseLanguage language) {
    this.language = language;
    this.assessments = assessments;
    this.headings = headings;
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields(AssessmentForm.FIELDS);
  }

  @GetMapping("/cases/{caseId}/assessment")
  String overview(@PathVariable String caseId, Model model) {
    AssessmentView view = assessments.view(CaseIds.parse(caseId));
    model.addAttribute("view", view);
    model.addAttribute("heading", headings.of(view.kase()));
    model.addAttribute(
        "signOffForm", new SignOffForm(view.latest() == null ? null : view.latest().number()));
    addParts(model);
    return "cases/assessment/overview";
  }

  @GetMapping("/cases/{caseId}/assessment/edit")
  String edit(@PathVariable String caseId, Model model) {
    AssessmentView view = assessments.view(CaseIds.parse(caseId));
    model.addAttribute("form", AssessmentForm.from(view.content(), view.version()));
    return formPage(model, view);
  }

  @PostMapping("/cases/{caseId}/assessment/edit")
  String save(
      @PathVariable String caseId,
      @ModelAttribute("form") AssessmentForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CaseId id = CaseIds.parse(caseId);
    form.validate(result);
    if (result.hasErrors()) {
      return formPage(model, assessments.view(id));
    }
    return StaleSave.saveOrShowAgain(
        model,
        () -> assessments.save(id, form.getVersion(), form.toContent()),
        () -> {
          redirect.addFlashAttribute("saved", true);
          language.afterSave(
              redirect,
              id,
              languageFields(form.toContent()),
              "/cases/" + id + "/assessment/edit",
              "/cases/" + id + "/assessment");
          return "redirect:/cases/" + id + "/assessment";
        },
        () -> {
          AssessmentView current = assessments.view(id);
          model.addAttribute("conflicts", conflicts(current.content(), form.toContent()));
          form.setVersion(current.version());
          return formPage(model, current);
        });
  }

  @PostMapping("/cases/{caseId}/assessment/submit")
  String submit(
      @PathVariable String caseId,
      @RequestParam(required = false) Integer seenVersion,
      RedirectAttributes redirect) {
    CaseId id = CaseIds.parse(caseId);
    try {
      int number = assessments.submit(id, seenVersion == null ? -1 : seenVersion);
      redirect.addFlashAttribute("submitted", number);
    } catch (AssessmentNotReadyException notReady) {
      redirect.addFlashAttribute("submitErrors", notReady.messageKeys());
    } catch (StaleRecordException stale) {
      redirect.addFlashAttribute("submitErrors", List.of("assessment.submit.error.changed"));
    }
    return "redirect:/cases/" + id + "/assessment";
  }

  @InitBinder("signOffForm")
  void signOffFields(WebDataBinder binder) {
    binder.setAllowedFields("number", "note");
  }

  @PostMapping("/cases/{caseId}/assessment/sign-off")
  String signOff(
      @PathVariable String caseId,
      @ModelAttribute("signOffForm") SignOffForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CaseId id = CaseIds.parse(caseId);
    // Without a version number the service still checks access first, then finds no version.
    int version = form.getNumber() == null ? 0 : form.getNumber();
    String note =
        form.getNote() == null || form.getNote().isBlank() ? null : form.getNote().strip();
    if (note != null && note.length() > Narrative.MAX_LENGTH) {
      result.rejectValue(
          "note", "assessment.signOff.error.tooLong", new Object[] {Narrative.MAX_LENGTH}, null);
    }
    if (result.hasErrors()) { // too long, hidden characters, or a version that is not a number
      AssessmentView view = assessments.view(id);
      model.addAttribute("view", view);
      model.addAttribute("heading", headings.of(view.kase()));
      addParts(model);
      return "cases/assessment/overview";
    }
    assessments.signOff(id, version, note);
    redirect.addFlashAttribute("signedOff", version);
    language.afterSave(
        redirect,
        id,
        List.of(new CaseLanguage.Field("note", "assessment.signOff.note", note)),
        null,
        "/cases/" + id + "/assessment");
    return "redirect:/cases/" + id + "/assessment";
  }

  private String formPage(Model model, AssessmentView view) {
    model.addAttribute("view", view);
    model.addAttribute("heading", headings.of(view.kase()));
    model.addAttribute("levels", LevelOfResponse.values());
    addParts(model);
    return "cases/assessment/form";
  }

  static void addParts(Model model) {
    model.addAttribute("sections", Narrative.Section.values());
    model.addAttribute("narrative", Narrative.values());
    model.addAttribute("indicatorGroups", IndicatorGroup.values());
    model.addAttribute("indicators", Indicator.values());
  }

  /** The parts where what is saved now differs from what this user typed. */
  static List<Conflict> conflicts(AssessmentContent saved, AssessmentContent mine) {
    List<Conflict> conflicts = new ArrayList<>();
    for (Narrative part : Narrative.values()) {
      if (!saved.text(part).equals(mine.text(part))) {
        conflicts.add(new Conflict(AssessmentForm.label(part), saved.text(part)));
      }
    }
    for (Indicator prompt : Indicator.values()) {
      if (!saved.observation(prompt).equals(mine.observation(prompt))) {
        conflicts.add(new Conflict("intake.indicator." + prompt.name(), saved.observation(prompt)));
      }
    }
    if (saved.levelOfResponse() != mine.levelOfResponse()) {
      conflicts.add(
          new Conflict(
              "assessment.levelOfResponse",
              saved.levelOfResponse() == null ? "" : saved.levelOfResponse().name()));
    }
    return conflicts;
  }

  /** Every narrative part and prompt note, with the label the form shows for it. */
  private static List<CaseLanguage.Field> languageFields(AssessmentContent content) {
    List<CaseLanguage.Field> fields = new java.util.ArrayList<>();
    content
        .narrative()
        .forEach(
            (part, text) ->
                fields.add(
                    new CaseLanguage.Field(
                        "text[" + part.name() + "]", "assessment.field." + part, text)));
    content
        .observations()
        .forEach(
            (prompt, text) ->
                fields.add(
                    new CaseLanguage.Field(
                        "observations[" + prompt.name() + "]",
                        "intake.indicator." + prompt,
                        text)));
    return fields;
  }
}
