package uk.harbour.disruption;

import java.util.LinkedHashMap;
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
import uk.harbour.intelligence.EntityKind;
import uk.harbour.shared.RecordIds;
import uk.harbour.shared.StaleRecordException;
import uk.harbour.shared.StaleSave;

/**
 * Administrators list, add, change and retire the tactics of the disruption catalogue (/admin/**,
 * administrators only). Nothing here names a child or an activity.
 */
@Controller
class TacticAdminController {

  private final TacticCatalogue catalogue;
  private final MessageSource messages;

  TacticAdminController(TacticCatalogue catalogue, MessageSource messages) {
    this.catalogue = catalogue;
    this.messages = messages;
  }

  @InitBinder("form")
  void fields(WebDataBinder binder) {
    binder.setAllowedFields(TacticForm.FIELDS);
  }

  @GetMapping("/admin/disruption-tactics")
  String list(Model model) {
    model.addAttribute("tactics", catalogue.all());
    return "disruption/tactics";
  }

  @GetMapping("/admin/disruption-tactics/new")
  String newTactic(Model model) {
    model.addAttribute("form", new TacticForm());
    return formPage(model, null);
  }

  @PostMapping("/admin/disruption-tactics/new")
  String add(
      @ModelAttribute("form") TacticForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    form.validate(result, true);
    nameFree(form, result, null);
    if (result.hasErrors()) {
      return formPage(model, null);
    }
    catalogue.add(form.words());
    redirect.addFlashAttribute("banner", "disruption.tactic.added");
    return "redirect:/admin/disruption-tactics";
  }

  @GetMapping("/admin/disruption-tactics/{id}")
  String edit(@PathVariable String id, Model model) {
    Tactic tactic = tactic(id);
    model.addAttribute("form", TacticForm.of(tactic));
    return formPage(model, tactic);
  }

  @PostMapping("/admin/disruption-tactics/{id}")
  String update(
      @PathVariable String id,
      @ModelAttribute("form") TacticForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Tactic tactic = tactic(id);
    form.validate(result, false);
    nameFree(form, result, tactic.id());
    if (result.hasErrors()) {
      return formPage(model, tactic);
    }
    return StaleSave.saveOrShowAgain(
        model,
        () -> catalogue.update(tactic.id(), form.openedVersion(), form.words()),
        () -> {
          redirect.addFlashAttribute("banner", "disruption.tactic.saved");
          return "redirect:/admin/disruption-tactics";
        },
        () -> {
          Tactic current = catalogue.require(tactic.id());
          form.setVersion(current.version());
          return formPage(model, current);
        });
  }

  @PostMapping("/admin/disruption-tactics/{id}/retire")
  String retire(
      @PathVariable String id,
      @RequestParam(required = false) Integer version,
      @RequestParam(required = false) String retire,
      RedirectAttributes redirect) {
    Tactic tactic = tactic(id);
    boolean retiring = !"false".equals(retire);
    try {
      catalogue.retire(tactic.id(), version == null ? 0 : version, retiring);
      redirect.addFlashAttribute(
          "banner", retiring ? "disruption.tactic.retired" : "disruption.tactic.restored");
    } catch (StaleRecordException stale) {
      redirect.addFlashAttribute("banner", "disruption.tactic.stale");
    }
    return "redirect:/admin/disruption-tactics";
  }

  private void nameFree(TacticForm form, BindingResult result, UUID editing) {
    if (!result.hasFieldErrors("name")
        && form.getName() != null
        && catalogue.nameTaken(form.getName().strip(), editing)) {
      result.rejectValue("name", "disruption.tactic.error.nameTaken");
    }
  }

  private Tactic tactic(String id) {
    return catalogue.require(RecordIds.parse(id, TacticChanged.RECORD_TYPE));
  }

  private String formPage(Model model, Tactic tactic) {
    model.addAttribute("tactic", tactic);
    model.addAttribute("kinds", EntityKind.values());
    Map<String, String> units = new LinkedHashMap<>();
    units.put("", message("disruption.tactic.term.noUnit"));
    for (TermUnit unit : TermUnit.values()) {
      units.put(unit.name(), message("disruption.tactic.term.unit." + unit.name()));
    }
    model.addAttribute("unitOptions", units);
    if (tactic != null) {
      model.addAttribute("versions", catalogue.versions(tactic.id()));
    }
    return "disruption/tactic-form";
  }

  private String message(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
