package uk.harbour.cases.chronology;

import jakarta.servlet.http.HttpSession;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.harbour.cases.CaseId;
import uk.harbour.language.FieldFindings;
import uk.harbour.shared.DisplayDates;

/**
 * Correcting or withdrawing an entry the team wrote, and adding a note to any entry. The
 * practitioner's words are checked by the language guide before they are saved.
 */
@Controller
class AmendmentController {

  private final Amendments amendments;
  private final CheckBeforeSaving check;
  private final Clock clock;

  AmendmentController(Amendments amendments, CheckBeforeSaving check, Clock clock) {
    this.amendments = amendments;
    this.check = check;
    this.clock = clock;
  }

  @InitBinder("correction")
  void correctionFields(WebDataBinder binder) {
    binder.setAllowedFields(
        "occurredDay",
        "occurredMonth",
        "occurredYear",
        "whatHappened",
        "significance",
        "source",
        "reason",
        "version");
  }

  @InitBinder("withdrawal")
  void withdrawalFields(WebDataBinder binder) {
    binder.setAllowedFields("reason", "version");
  }

  @InitBinder("note")
  void noteFields(WebDataBinder binder) {
    binder.setAllowedFields("noteId", "text");
  }

  @GetMapping("/cases/{caseId}/chronology/{entryId}/correct")
  String correctPage(@PathVariable String caseId, @PathVariable String entryId, Model model) {
    Amendments.Amending amending =
        amendments.open(CaseId.parse(caseId), Entries.parse(entryId), true);
    model.addAttribute("correction", CorrectionForm.of(amending.entry()));
    return page(caseId, amending, model, "cases/chronology/correct");
  }

  @PostMapping("/cases/{caseId}/chronology/{entryId}/correct")
  String correct(
      @PathVariable String caseId,
      @PathVariable String entryId,
      @ModelAttribute("correction") CorrectionForm form,
      BindingResult result,
      Model model,
      HttpSession session,
      RedirectAttributes redirect) {
    CaseId id = CaseId.parse(caseId);
    UUID entry = Entries.parse(entryId);
    Amendments.Amending amending = amendments.current(id, entry, true);
    if (amendments.alreadySaved(amending.entry(), form.getVersion(), form.correction())) {
      redirect.addFlashAttribute("chronologyMessage", "cases.chronology.corrected");
      return "redirect:/cases/" + id + "/chronology";
    }
    form.validate(result, LocalDate.now(clock.withZone(DisplayDates.ZONE)), amending.entry());
    if (result.hasErrors()) {
      return page(caseId, amending, model, "cases/chronology/correct");
    }
    List<CheckBeforeSaving.Field> fields = new ArrayList<>(EntryController.fields(form));
    fields.add(reason(form.getReason()));
    return checkThenSave(
        new Step(caseId, amending, "cases/chronology/correct", "cases.chronology.corrected"),
        "correct " + entry + " " + form.getVersion(),
        fields,
        () -> amendments.correct(id, entry, form.getVersion(), form.correction()),
        new Context(session, model, redirect));
  }

  @GetMapping("/cases/{caseId}/chronology/{entryId}/withdraw")
  String withdrawPage(@PathVariable String caseId, @PathVariable String entryId, Model model) {
    Amendments.Amending amending =
        amendments.open(CaseId.parse(caseId), Entries.parse(entryId), true);
    WithdrawalForm form = new WithdrawalForm();
    form.setVersion(amending.entry().version());
    model.addAttribute("withdrawal", form);
    return page(caseId, amending, model, "cases/chronology/withdraw");
  }

  @PostMapping("/cases/{caseId}/chronology/{entryId}/withdraw")
  String withdraw(
      @PathVariable String caseId,
      @PathVariable String entryId,
      @ModelAttribute("withdrawal") WithdrawalForm form,
      BindingResult result,
      Model model,
      HttpSession session,
      RedirectAttributes redirect) {
    CaseId id = CaseId.parse(caseId);
    UUID entry = Entries.parse(entryId);
    Amendments.Amending amending = amendments.current(id, entry, true);
    form.validate(result);
    if (result.hasErrors()) {
      return page(caseId, amending, model, "cases/chronology/withdraw");
    }
    return checkThenSave(
        new Step(caseId, amending, "cases/chronology/withdraw", "cases.chronology.withdrawn"),
        "withdraw " + entry + " " + form.getVersion(),
        List.of(reason(form.getReason())),
        () -> amendments.withdraw(id, entry, form.getVersion(), form.getReason()),
        new Context(session, model, redirect));
  }

  @GetMapping("/cases/{caseId}/chronology/{entryId}/note")
  String notePage(@PathVariable String caseId, @PathVariable String entryId, Model model) {
    Amendments.Amending amending =
        amendments.open(CaseId.parse(caseId), Entries.parse(entryId), false);
    model.addAttribute("note", new NoteForm());
    return page(caseId, amending, model, "cases/chronology/note");
  }

  @PostMapping("/cases/{caseId}/chronology/{entryId}/note")
  String addNote(
      @PathVariable String caseId,
      @PathVariable String entryId,
      @ModelAttribute("note") NoteForm form,
      BindingResult result,
      Model model,
      HttpSession session,
      RedirectAttributes redirect) {
    CaseId id = CaseId.parse(caseId);
    UUID entry = Entries.parse(entryId);
    Amendments.Amending amending = amendments.current(id, entry, false);
    UUID noteId = form.id();
    form.validate(result);
    if (result.hasErrors()) {
      return page(caseId, amending, model, "cases/chronology/note");
    }
    return checkThenSave(
        new Step(caseId, amending, "cases/chronology/note", "cases.chronology.noteAdded"),
        "note " + noteId,
        List.of(new CheckBeforeSaving.Field("text", "cases.chronology.noteText", form.getText())),
        () -> amendments.addNote(id, entry, noteId, form.getText()),
        new Context(session, model, redirect));
  }

  private static CheckBeforeSaving.Field reason(String text) {
    return new CheckBeforeSaving.Field("reason", "cases.chronology.reason", text);
  }

  /** The amendment being made: its page, and the message shown once it is saved. */
  private record Step(String caseId, Amendments.Amending amending, String view, String saved) {}

  /** The request the amendment is made in. */
  private record Context(HttpSession session, Model model, RedirectAttributes redirect) {}

  /**
   * Shows the page again with what the language guide noticed, the first time it notices something
   * in these words; otherwise saves, remembers that these words were checked, and goes back to the
   * chronology with the step's message.
   */
  private String checkThenSave(
      Step step, String key, List<CheckBeforeSaving.Field> fields, Runnable save, Context request) {
    Integer age = step.amending().child().age(clock);
    List<FieldFindings> findings = check.check(request.session(), key, fields, age);
    request.model().addAttribute("wordsFindings", findings);
    if (!findings.isEmpty()) {
      return page(step.caseId(), step.amending(), request.model(), step.view());
    }
    save.run();
    check.saved(request.session(), key, fields, age);
    request.redirect().addFlashAttribute("chronologyMessage", step.saved());
    return "redirect:/cases/" + CaseId.parse(step.caseId()) + "/chronology";
  }

  private String page(String caseId, Amendments.Amending amending, Model model, String view) {
    model.addAttribute("caseId", caseId);
    model.addAttribute("languageChildAge", amending.child().age(clock));
    model.addAttribute("chronologyEntry", amending.entry());
    model.addAttribute("child", amending.child());
    model.addAttribute("significances", Significance.values());
    return view;
  }
}
