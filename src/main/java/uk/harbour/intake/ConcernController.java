package uk.harbour.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import uk.harbour.people.ChildIdentity;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.Indicator;
import uk.harbour.shared.StaleSave;

/**
 * A practitioner raises a concern: a form they can save as a draft and come back to, a page to
 * check it, and submission with a reference number. Also their list of concerns.
 */
@Controller
class ConcernController {

  static final String SAVE = "save";
  static final String CHECK = "check";

  private final Concerns concerns;
  private final ConcernAccess access;
  private final ConcernPages pages;
  private final Clock clock;
  private final ConcernLanguage language;

  ConcernController(
      Concerns concerns,
      ConcernAccess access,
      ConcernPages pages,
      Clock clock,
      ConcernLanguage language) {
    this.concerns = concerns;
    this.access = access;
    this.pages = pages;
    this.clock = clock;
    this.language = language;
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields(allowedFields());
  }

  @GetMapping("/concerns")
  String list(Model model) {
    model.addAttribute("concerns", concerns.mine());
    model.addAttribute("forMyYoungPeople", concerns.forMyYoungPeople());
    return "intake/concerns";
  }

  @GetMapping("/concerns/new")
  String newConcern(Model model) {
    model.addAttribute("form", ConcernForm.blank());
    return pages.form(model, null);
  }

  @PostMapping("/concerns/new")
  String create(
      @ModelAttribute("form") ConcernForm form,
      BindingResult result,
      @RequestParam(name = "action", defaultValue = SAVE) String action,
      Model model,
      RedirectAttributes redirect) {
    if (addedRow(form, action, result)) {
      return pages.form(model, null);
    }
    ConcernFormValidator.validateDraft(form, result, today());
    if (!result.hasErrors() && form.isEmpty()) {
      result.reject("intake.error.empty");
    }
    if (result.hasErrors()) {
      form.padRows();
      return pages.form(model, null);
    }
    UUID id = concerns.startDraft(form.toDetails());
    language.recordShown(form);
    if (SAVE.equals(action)) {
      redirect.addFlashAttribute("saved", true);
    }
    return afterSave(id, action);
  }

  @GetMapping("/concerns/{id}/edit")
  String edit(
      @PathVariable String id,
      @RequestParam(name = "check", required = false) String check,
      Model model) {
    Concern concern = concerns.view(ConcernAccess.parseId(id));
    if (!concern.isDraft()) {
      return "redirect:/concerns/" + concern.id();
    }
    ConcernForm form = ConcernForm.from(concern);
    model.addAttribute("form", form);
    languageFindings(model, concern, form, "/edit");
    if (check != null) {
      BindingResult result =
          new org.springframework.validation.BeanPropertyBindingResult(form, "form");
      ConcernFormValidator.validateSubmission(form, result, today());
      model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
    }
    return pages.form(model, concern);
  }

  @PostMapping("/concerns/{id}/edit")
  String update(
      @PathVariable String id,
      @ModelAttribute("form") ConcernForm form,
      BindingResult result,
      @RequestParam(name = "action", defaultValue = SAVE) String action,
      Model model,
      RedirectAttributes redirect) {
    UUID concernId = ConcernAccess.parseId(id);
    Concern concern = concerns.view(concernId);
    if (!concern.isDraft()) {
      return "redirect:/concerns/" + concernId;
    }
    if (addedRow(form, action, result)) {
      return pages.form(model, concern);
    }
    ConcernFormValidator.validateDraft(form, result, today());
    if (result.hasErrors()) {
      form.padRows();
      return pages.form(model, concern);
    }
    return StaleSave.saveOrShowAgain(
        model,
        () -> {
          concerns.saveDraft(concernId, form.getVersion(), form.toDetails());
          language.recordChanges(ConcernForm.from(concern), form);
        },
        () -> {
          if (SAVE.equals(action)) {
            redirect.addFlashAttribute("saved", true);
          }
          return afterSave(concernId, action);
        },
        () -> {
          Concern current = concerns.view(concernId);
          form.setVersion(current.version());
          form.padRows();
          return pages.form(model, current);
        });
  }

  @GetMapping("/concerns/{id}/check")
  String check(@PathVariable String id, Model model) {
    Concern concern = concerns.view(ConcernAccess.parseId(id));
    if (!concern.isDraft()) {
      return "redirect:/concerns/" + concern.id();
    }
    if (!submittable(concern)) {
      return "redirect:/concerns/" + concern.id() + "/edit?check";
    }
    languageFindings(model, concern, ConcernForm.from(concern), "/check");
    return pages.check(model, concern);
  }

  /** The language guide's findings, shown after saving; the concern is never blocked. */
  private void languageFindings(Model model, Concern concern, ConcernForm form, String page) {
    model.addAttribute("languageFindings", language.findings(form));
    model.addAttribute("languageChange", "/concerns/" + concern.id() + "/edit");
    model.addAttribute("languageBack", "/concerns/" + concern.id() + page);
    var context = language.context(form);
    model.addAttribute("languageChildAge", context.childAge());
    model.addAttribute("languageKnownAdults", String.join(",", context.knownAdults()));
  }

  @PostMapping("/concerns/{id}/submit")
  String submit(
      @PathVariable String id,
      @RequestParam(name = "version", defaultValue = "-1") int version,
      RedirectAttributes redirect) {
    Concern concern = concerns.view(ConcernAccess.parseId(id));
    if (!concern.isDraft()) {
      return "redirect:/concerns/" + concern.id();
    }
    if (!submittable(concern)) {
      return "redirect:/concerns/" + concern.id() + "/edit?check";
    }
    concerns.submit(concern.id(), version);
    return "redirect:/concerns/" + concern.id() + "/submitted";
  }

  @GetMapping("/concerns/{id}/submitted")
  String submitted(@PathVariable String id, Model model) {
    Concern concern = concerns.view(ConcernAccess.parseId(id));
    if (concern.isDraft() || !access.isReporter(concern)) {
      return "redirect:/concerns/" + concern.id();
    }
    model.addAttribute("concern", concern);
    return "intake/concern-submitted";
  }

  @GetMapping("/concerns/{id}")
  String view(@PathVariable String id, Model model) {
    Concern concern = concerns.view(ConcernAccess.parseId(id));
    if (concern.isDraft()) {
      return "redirect:/concerns/" + concern.id() + "/edit";
    }
    return pages.view(model, concern);
  }

  private boolean submittable(Concern concern) {
    ConcernForm form = ConcernForm.from(concern);
    BindingResult result =
        new org.springframework.validation.BeanPropertyBindingResult(form, "form");
    ConcernFormValidator.validateSubmission(form, result, today());
    return !result.hasErrors();
  }

  /**
   * Adds a blank row if the action was an "add another" button; the page then shows again. At the
   * most rows allowed it says so next to the last row instead of adding nothing silently.
   */
  private static boolean addedRow(ConcernForm form, String action, BindingResult result) {
    for (ConcernRowsForm.Group group : ConcernRowsForm.Group.values()) {
      if (group.addAction().equals(action)) {
        form.padRows();
        if (!form.addRow(group)) {
          result.rejectValue(
              group.firstFieldOf(ConcernRowsForm.MAX_ROWS - 1),
              "intake.error.rows.limit." + group.field,
              new Object[] {ConcernRowsForm.MAX_ROWS},
              null);
        }
        return true;
      }
    }
    return false;
  }

  private static String afterSave(UUID id, String action) {
    return CHECK.equals(action)
        ? "redirect:/concerns/" + id + "/check"
        : "redirect:/concerns/" + id + "/edit";
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), DisplayDates.ZONE);
  }

  /** Every field the form binds, rows up to one beyond the most allowed: nothing else is bound. */
  static String[] allowedFields() {
    List<String> fields =
        new ArrayList<>(
            List.of(
                "nameUnknown",
                "address",
                "postcode",
                "school",
                "description",
                "informationSource",
                "passedOnBy",
                "reliability",
                "reliabilityNotes",
                "actionTaken",
                "version"));
    fields.addAll(ChildIdentity.FIELDS);
    fields.addAll(HappenedForm.FIELDS);
    // One row more than allowed is bound, so that extra rows are refused with a message rather
    // than dropped unseen.
    for (ConcernRowsForm.Group group : ConcernRowsForm.Group.values()) {
      fields.addAll(group.fields(ConcernRowsForm.MAX_ROWS + 1));
    }
    for (Indicator indicator : Indicator.values()) {
      fields.add("observations[" + indicator.name() + "]");
    }
    return fields.toArray(String[]::new);
  }
}
