package uk.harbour.language;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import uk.harbour.shared.RecordNotFoundException;

/**
 * Administrators maintain the guide: list, add, edit (as YAML, one entry), disable or enable,
 * import and export. Under /admin, so for system administrators only. Every change is audited.
 */
@Controller
class GuideAdminController {

  /** The one field of the entry and import forms. */
  static final class YamlForm {
    private String yaml = "";

    public String getYaml() {
      return yaml;
    }

    public void setYaml(String yaml) {
      this.yaml = yaml == null ? "" : yaml;
    }
  }

  private final LanguageGuide guide;

  GuideAdminController(LanguageGuide guide) {
    this.guide = guide;
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields("yaml");
  }

  @GetMapping("/admin/language")
  String list(Model model) {
    model.addAttribute("entries", guide.entries());
    model.addAttribute("version", guide.builtInVersion());
    model.addAttribute("changedHere", guide.changedHere());
    return "language/admin-entries";
  }

  @GetMapping("/admin/language/new")
  String newEntry(Model model) {
    model.addAttribute("form", new YamlForm());
    model.addAttribute("entryId", null);
    return "language/admin-entry";
  }

  @PostMapping("/admin/language/new")
  String create(
      @ModelAttribute("form") YamlForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    GuideEntry entry = oneEntry(form, result, null);
    if (entry != null && guide.entry(entry.id()).isPresent()) {
      result.rejectValue("yaml", "language.admin.error.exists", new Object[] {entry.id()}, null);
      entry = null;
    }
    if (entry == null) {
      model.addAttribute("entryId", null);
      return "language/admin-entry";
    }
    guide.save(entry, true);
    redirect.addFlashAttribute("saved", true);
    return "redirect:/admin/language";
  }

  @GetMapping("/admin/language/{id}")
  String edit(@PathVariable String id, Model model) {
    GuideEntry entry =
        guide.entry(id).orElseThrow(() -> new RecordNotFoundException("language-entry"));
    YamlForm form = new YamlForm();
    form.setYaml(GuideYaml.write(List.of(entry)));
    model.addAttribute("form", form);
    model.addAttribute("entryId", id);
    return "language/admin-entry";
  }

  @PostMapping("/admin/language/{id}")
  String update(
      @PathVariable String id,
      @ModelAttribute("form") YamlForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    GuideEntry current =
        guide.entry(id).orElseThrow(() -> new RecordNotFoundException("language-entry"));
    GuideEntry entry = oneEntry(form, result, id);
    if (entry == null) {
      model.addAttribute("entryId", id);
      return "language/admin-entry";
    }
    guide.save(entry.withEnabled(current.enabled() && entry.enabled()), false);
    redirect.addFlashAttribute("saved", true);
    return "redirect:/admin/language";
  }

  @PostMapping("/admin/language/{id}/enabled")
  String enable(
      @PathVariable String id,
      @RequestParam(name = "enabled", defaultValue = "false") boolean enabled,
      RedirectAttributes redirect) {
    GuideEntry current =
        guide.entry(id).orElseThrow(() -> new RecordNotFoundException("language-entry"));
    guide.save(current.withEnabled(enabled), false);
    redirect.addFlashAttribute("saved", true);
    return "redirect:/admin/language";
  }

  @GetMapping("/admin/language/export")
  ResponseEntity<byte[]> export() {
    return ResponseEntity.ok()
        .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"harbour-language-guide.yml\"")
        .body(guide.exportYaml().getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping("/admin/language/import")
  String importForm(Model model) {
    model.addAttribute("form", new YamlForm());
    return "language/admin-import";
  }

  @PostMapping("/admin/language/import")
  String importYaml(
      @ModelAttribute("form") YamlForm form, BindingResult result, RedirectAttributes redirect) {
    if (form.getYaml().isBlank()) {
      result.rejectValue("yaml", "language.admin.error.yaml");
      return "language/admin-import";
    }
    try {
      GuideYaml.read(form.getYaml());
    } catch (IllegalArgumentException e) {
      result.rejectValue(
          "yaml", "language.admin.error.invalid", new Object[] {e.getMessage()}, null);
      return "language/admin-import";
    }
    guide.importYaml(form.getYaml());
    redirect.addFlashAttribute("imported", true);
    return "redirect:/admin/language";
  }

  /** The single entry in the form, or null with the reason in {@code result}. */
  private static @Nullable GuideEntry oneEntry(YamlForm form, BindingResult result, String id) {
    if (form.getYaml().isBlank()) {
      result.rejectValue("yaml", "language.admin.error.yaml");
      return null;
    }
    List<GuideEntry> entries;
    try {
      entries = GuideYaml.read(form.getYaml());
    } catch (IllegalArgumentException e) {
      result.rejectValue(
          "yaml", "language.admin.error.invalid", new Object[] {e.getMessage()}, null);
      return null;
    }
    if (entries.size() != 1) {
      result.rejectValue("yaml", "language.admin.error.oneEntry");
      return null;
    }
    if (id != null && !entries.get(0).id().equals(id)) {
      result.rejectValue("yaml", "language.admin.error.idChanged");
      return null;
    }
    return entries.get(0);
  }
}
