package uk.harbour.cases.chronology;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.harbour.cases.CaseId;
import uk.harbour.language.FieldFindings;
import uk.harbour.people.Children;
import uk.harbour.shared.DisplayDates;

/**
 * Writing to the chronology: a new entry, checked by the language guide before it is saved, and the
 * young person's own view of an entry (their words, never checked).
 */
@Controller
class EntryController {

  private final Chronology chronology;
  private final CheckBeforeSaving check;
  private final Children children;
  private final Clock clock;

  EntryController(Chronology chronology, CheckBeforeSaving check, Children children, Clock clock) {
    this.chronology = chronology;
    this.check = check;
    this.children = children;
    this.clock = clock;
  }

  @InitBinder("entry")
  void entryFields(WebDataBinder binder) {
    binder.setAllowedFields(
        "entryId",
        "occurredDay",
        "occurredMonth",
        "occurredYear",
        "whatHappened",
        "significance",
        "source");
  }

  @InitBinder("perspective")
  void perspectiveFields(WebDataBinder binder) {
    binder.setAllowedFields("view", "version");
  }

  @GetMapping("/cases/{caseId}/chronology/new")
  String newEntry(@PathVariable String caseId, Model model) {
    model.addAttribute("entry", new EntryForm());
    return entryPage(caseId, model);
  }

  @PostMapping("/cases/{caseId}/chronology/new")
  String add(
      @PathVariable String caseId,
      @ModelAttribute("entry") EntryForm form,
      BindingResult result,
      Model model,
      HttpSession session,
      RedirectAttributes redirect) {
    CaseId id = CaseId.parse(caseId);
    form.validate(result, LocalDate.now(clock.withZone(DisplayDates.ZONE)));
    UUID entryId = form.id();
    if (entryId == null) {
      form.setEntryId(UUID.randomUUID().toString());
      entryId = form.id();
    }
    if (result.hasErrors()) {
      return entryPage(caseId, model);
    }
    List<CheckBeforeSaving.Field> fields = fields(form);
    String key = "new " + entryId;
    Integer age = chronology.childAge(id);
    List<FieldFindings> findings = check.check(session, key, fields, age);
    if (!findings.isEmpty()) {
      model.addAttribute("wordsFindings", findings);
      return entryPage(caseId, model);
    }
    chronology.add(id, entryId, form);
    check.saved(session, key, fields, age);
    redirect.addFlashAttribute("chronologyMessage", "cases.chronology.added");
    return "redirect:/cases/" + id + "/chronology";
  }

  /** The practitioner's free text on an entry form (the young person's words are not checked). */
  static List<CheckBeforeSaving.Field> fields(EntryForm form) {
    return List.of(
        new CheckBeforeSaving.Field(
            "whatHappened", "cases.chronology.whatHappened", form.getWhatHappened()),
        new CheckBeforeSaving.Field("source", "cases.chronology.source", form.getSource()));
  }

  @GetMapping("/cases/{caseId}/chronology/{entryId}/perspective")
  String perspectivePage(@PathVariable String caseId, @PathVariable String entryId, Model model) {
    ChronologyEntry entry = chronology.entry(CaseId.parse(caseId), Entries.parse(entryId));
    PerspectiveForm form = new PerspectiveForm();
    form.setView(entry.youngPersonView());
    form.setVersion(entry.version());
    model.addAttribute("perspective", form);
    return perspectivePage(caseId, entry, model);
  }

  @PostMapping("/cases/{caseId}/chronology/{entryId}/perspective")
  String addPerspective(
      @PathVariable String caseId,
      @PathVariable String entryId,
      @ModelAttribute("perspective") PerspectiveForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CaseId id = CaseId.parse(caseId);
    UUID entry = Entries.parse(entryId);
    form.validate(result);
    if (result.hasErrors()) {
      return perspectivePage(caseId, chronology.entry(id, entry), model);
    }
    chronology.addPerspective(id, entry, form.getVersion(), form.getView());
    redirect.addFlashAttribute("chronologyMessage", "cases.chronology.perspectiveAdded");
    return "redirect:/cases/" + id + "/chronology";
  }

  private String entryPage(String caseId, Model model) {
    var theCase = chronology.caseFor(CaseId.parse(caseId));
    model.addAttribute("caseId", caseId);
    model.addAttribute("child", children.view(theCase.child()));
    model.addAttribute("significances", Significance.values());
    return "cases/chronology/entry";
  }

  private String perspectivePage(String caseId, ChronologyEntry entry, Model model) {
    model.addAttribute("caseId", caseId);
    model.addAttribute("chronologyEntry", entry);
    return "cases/chronology/perspective";
  }
}
