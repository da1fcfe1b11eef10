package uk.harbour.accesscontrol.admin;

import jakarta.validation.Valid;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.DuplicateKeyException;
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
import uk.harbour.accesscontrol.AgencyKind;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.shared.AgencyId;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleSave;

/** Administrators list, add and change agencies. */
@Controller
class AgencyAdminController {

  private final Directory directory;
  private final AgencyRepository records;
  private final AgencyAdministration administration;

  AgencyAdminController(
      Directory directory, AgencyRepository records, AgencyAdministration administration) {
    this.directory = directory;
    this.records = records;
    this.administration = administration;
  }

  @InitBinder("agencyForm")
  void fields(WebDataBinder binder) {
    binder.setAllowedFields("name", "kind", "version");
    binder.registerCustomEditor(String.class, "name", new StringTrimmerEditor(false));
  }

  @GetMapping("/admin/agencies")
  String list(Model model) {
    model.addAttribute("agencies", directory.agencies());
    return "accesscontrol/admin/agencies";
  }

  @GetMapping("/admin/agencies/new")
  String newAgency(Model model) {
    model.addAttribute("agencyForm", new AgencyForm());
    return showForm(null, model);
  }

  @PostMapping("/admin/agencies/new")
  String create(
      @Valid @ModelAttribute("agencyForm") AgencyForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    validate(form, result, null);
    if (!result.hasErrors()) {
      try {
        administration.create(form);
        redirect.addFlashAttribute("banner", "admin.agency.created");
        return "redirect:/admin/agencies";
      } catch (DuplicateKeyException e) {
        result.rejectValue("name", "admin.agency.name.taken");
      }
    }
    return showForm(null, model);
  }

  @GetMapping("/admin/agencies/{id}/edit")
  String edit(@PathVariable String id, Model model) {
    AgencyRepository.AgencyDetails agency = existing(id);
    model.addAttribute("agencyForm", AgencyForm.of(agency));
    return showForm(agency.id(), model);
  }

  @PostMapping("/admin/agencies/{id}/edit")
  String update(
      @PathVariable String id,
      @Valid @ModelAttribute("agencyForm") AgencyForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    AgencyId agencyId = existing(id).id();
    validate(form, result, agencyId);
    if (!result.hasErrors()) {
      try {
        return StaleSave.saveOrShowAgain(
            model,
            () -> administration.update(agencyId, form),
            () -> {
              redirect.addFlashAttribute("banner", "admin.agency.saved");
              return "redirect:/admin/agencies";
            },
            () -> showForm(agencyId, model));
      } catch (DuplicateKeyException e) {
        result.rejectValue("name", "admin.agency.name.taken");
      }
    }
    return showForm(agencyId, model);
  }

  private void validate(AgencyForm form, BindingResult result, AgencyId editing) {
    if (!result.hasFieldErrors("name") && records.nameTaken(form.getName().strip(), editing)) {
      result.rejectValue("name", "admin.agency.name.taken");
    }
    if (!form.hasKnownKind()) {
      result.rejectValue("kind", "admin.agency.kind.required");
    }
  }

  private String showForm(AgencyId editing, Model model) {
    model.addAttribute("editing", editing);
    model.addAttribute("kindOptions", AgencyKind.values());
    return "accesscontrol/admin/agency-form";
  }

  private AgencyRepository.AgencyDetails existing(String id) {
    return records
        .find(AdminPages.agencyId(id))
        .orElseThrow(() -> new RecordNotFoundException("agency"));
  }
}
