package uk.harbour.cases;

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
import uk.harbour.people.Children;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.RecordIds;

/**
 * Recording what became of a case's request for a strategy discussion after repeated missing
 * episodes: held (a strategy discussion or a trigger plan, on a day, with what was decided) or not
 * held, and why. Only someone who may change the case; the language guide checks the note.
 */
@Controller
class RepeatMissingController {

  private final RepeatMissingPrompts prompts;
  private final Children children;
  private final CaseLanguage language;

  RepeatMissingController(RepeatMissingPrompts prompts, Children children, CaseLanguage language) {
    this.prompts = prompts;
    this.children = children;
    this.language = language;
  }

  @InitBinder("repeatMissingForm")
  void fields(WebDataBinder binder) {
    binder.setAllowedFields("outcome", "heldDay", "heldMonth", "heldYear", "note", "version");
  }

  @GetMapping("/cases/{caseId}/repeat-missing/{itemId}")
  String form(@PathVariable String caseId, @PathVariable String itemId, Model model) {
    CaseId id = CaseId.parse(caseId);
    RepeatMissingPrompts.ToRecord found = prompts.requireToRecord(id, promptId(itemId));
    if (!found.prompt().waiting()) {
      return "redirect:/cases/" + id + "#repeat-missing";
    }
    RepeatMissingForm form = new RepeatMissingForm();
    form.setVersion(found.prompt().version());
    model.addAttribute("repeatMissingForm", form);
    return page(id, found, model);
  }

  @PostMapping("/cases/{caseId}/repeat-missing/{itemId}")
  String record(
      @PathVariable String caseId,
      @PathVariable String itemId,
      @ModelAttribute("repeatMissingForm") RepeatMissingForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CaseId id = CaseId.parse(caseId);
    UUID prompt = promptId(itemId);
    RepeatMissingPrompts.ToRecord found = prompts.requireToRecord(id, prompt);
    form.validate(
        result, prompts.today(), LocalDate.ofInstant(found.prompt().raisedAt(), DisplayDates.ZONE));
    if (result.hasErrors()) {
      return page(id, found, model);
    }
    prompts.record(
        id, prompt, form.getVersion(), form.getOutcome(), form.heldDate(), form.getNote().strip());
    redirect.addFlashAttribute("caseMessage", "missing.repeat.saved");
    language.afterSave(
        redirect,
        id,
        List.of(new CaseLanguage.Field("note", "missing.repeat.note", form.getNote())),
        null,
        "/cases/" + id);
    return "redirect:/cases/" + id;
  }

  private String page(CaseId id, RepeatMissingPrompts.ToRecord found, Model model) {
    model.addAttribute("theCase", new CaseRef(id));
    model.addAttribute("child", children.view(found.child()));
    model.addAttribute("prompt", found.prompt());
    model.addAttribute("outcomes", RepeatMissingPrompt.Outcome.values());
    return "cases/repeat-missing";
  }

  /** What the page needs of the case: its id, for links. */
  record CaseRef(CaseId id) {}

  private static UUID promptId(String raw) {
    return RecordIds.parse(raw, Cases.RECORD_TYPE);
  }
}
