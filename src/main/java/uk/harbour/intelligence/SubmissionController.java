package uk.harbour.intelligence;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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
import uk.harbour.people.ChildRecord;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordIds;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleSave;

/**
 * Any practitioner submits intelligence: one form, saved as a draft as often as they like, then
 * submitted once with a receipt. Started from a concern (or another record that offers it), it
 * carries over that record's words and child without retyping.
 */
@Controller
class SubmissionController {

  static final String SAVE = "save";
  static final String SUBMIT = "submit";
  private static final String ADD = "add-";

  private final Submissions submissions;

  private final PrintRule printRule;

  SubmissionController(Submissions submissions, PrintRule printRule) {
    this.submissions = submissions;
    this.printRule = printRule;
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields(SubmissionForm.allowedFields());
  }

  @GetMapping("/intelligence")
  String mine(Model model) {
    model.addAttribute("submissions", submissions.mine());
    return "intelligence/mine";
  }

  @GetMapping("/intelligence/new")
  String newSubmission(
      @RequestParam(name = "from", required = false) @Nullable String from,
      @RequestParam(name = "record", required = false) @Nullable String record,
      Model model) {
    SubmissionForm form = SubmissionForm.blank();
    List<ChildId> fromChildren = List.of();
    if (from != null) {
      UUID recordId = RecordIds.parse(record, from);
      IntelligenceSource.Prefill prefill =
          submissions.prefill(from, recordId).orElseThrow(() -> new RecordNotFoundException(from));
      form.setWhatKnown(prefill.whatKnown());
      form.setChildIds(prefill.children().stream().map(ChildId::toString).toList());
      form.setItems(prefill.rows().stream().map(ItemForm::from).toList());
      form.padRows();
      fromChildren = prefill.children();
      model.addAttribute("from", from);
      model.addAttribute("record", recordId.toString());
    }
    model.addAttribute("form", form);
    return page(model, null, fromChildren);
  }

  @PostMapping("/intelligence/new")
  String create(
      @ModelAttribute("form") SubmissionForm form,
      BindingResult result,
      @RequestParam(name = "action", defaultValue = SAVE) String action,
      @RequestParam(name = "from", required = false) @Nullable String from,
      @RequestParam(name = "record", required = false) @Nullable String record,
      Model model,
      RedirectAttributes redirect) {
    List<ChildId> fromChildren = List.of();
    UUID recordId = null;
    if (from != null) {
      recordId = RecordIds.parse(record, from);
      fromChildren =
          submissions
              .prefill(from, recordId)
              .orElseThrow(() -> new RecordNotFoundException(from))
              .children();
      model.addAttribute("from", from);
      model.addAttribute("record", recordId.toString());
    }
    if (addedRow(form, action, result)) {
      return page(model, null, fromChildren);
    }
    SubmissionDraft draft =
        SubmissionChecks.check(form, result, SUBMIT.equals(action), offered(fromChildren));
    if (!result.hasErrors() && draft.isEmpty()) {
      result.reject("intelligence.error.empty");
    }
    if (result.hasErrors()) {
      form.padRows();
      return page(model, null, fromChildren);
    }
    UUID id = submissions.startDraft(draft, from, recordId);
    if (SUBMIT.equals(action)) {
      submissions.submit(id, 0, draft);
      return "redirect:/intelligence/" + id;
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/intelligence/" + id + "/edit";
  }

  @GetMapping("/intelligence/{id}/edit")
  String edit(@PathVariable String id, Model model) {
    Submissions.Seen seen = submissions.view(parse(id));
    if (!seen.submission().isDraft()) {
      return "redirect:/intelligence/" + seen.submission().id();
    }
    model.addAttribute("form", FormFrom.submission(seen));
    return page(model, seen.submission(), seen.children());
  }

  @PostMapping("/intelligence/{id}/edit")
  String update(
      @PathVariable String id,
      @ModelAttribute("form") SubmissionForm form,
      BindingResult result,
      @RequestParam(name = "action", defaultValue = SAVE) String action,
      Model model,
      RedirectAttributes redirect) {
    Submissions.Seen seen = submissions.view(parse(id));
    Submission submission = seen.submission();
    if (!submission.isDraft()) {
      return "redirect:/intelligence/" + submission.id();
    }
    if (addedRow(form, action, result)) {
      return page(model, submission, seen.children());
    }
    SubmissionDraft draft =
        SubmissionChecks.check(form, result, SUBMIT.equals(action), offered(seen.children()));
    if (result.hasErrors()) {
      form.padRows();
      return page(model, submission, seen.children());
    }
    return StaleSave.saveOrShowAgain(
        model,
        () -> {
          if (SUBMIT.equals(action)) {
            submissions.submit(submission.id(), form.getVersion(), draft);
          } else {
            submissions.saveDraft(submission.id(), form.getVersion(), draft);
          }
        },
        () -> {
          if (SUBMIT.equals(action)) {
            return "redirect:/intelligence/" + submission.id();
          }
          redirect.addFlashAttribute("saved", true);
          return "redirect:/intelligence/" + submission.id() + "/edit";
        },
        () -> {
          Submissions.Seen now = submissions.view(submission.id());
          form.setVersion(now.submission().version());
          form.padRows();
          return page(model, now.submission(), now.children());
        });
  }

  @GetMapping("/intelligence/{id}")
  String view(@PathVariable String id, Model model) {
    Submissions.Seen seen = submissions.view(parse(id));
    if (seen.submission().isDraft()) {
      return "redirect:/intelligence/" + seen.submission().id() + "/edit";
    }
    model.addAttribute("seen", seen);
    model.addAttribute("submission", seen.submission());
    model.addAttribute("items", seen.items());
    List<ChildRecord> shown = submissions.visible(seen.children());
    model.addAttribute("children", shown);
    model.addAttribute("hiddenChildren", seen.children().size() - shown.size());
    model.addAttribute("printWithheld", printRule.withheld(seen.submission()));
    return "intelligence/submission";
  }

  /** Sending a submitted submission's form again shows its receipt. */
  @org.springframework.web.bind.annotation.ExceptionHandler(
      Submissions.AlreadySubmittedException.class)
  String alreadySubmitted(Submissions.AlreadySubmittedException submitted) {
    return "redirect:/intelligence/" + submitted.id();
  }

  private String page(Model model, @Nullable Submission submission, List<ChildId> alsoThese) {
    model.addAttribute("submission", submission);
    model.addAttribute("offeredChildren", submissions.offeredChildren(alsoThese));
    model.addAttribute("kinds", EntityKind.values());
    model.addAttribute("howKnownOptions", HowKnown.values());
    model.addAttribute("mentionedOptions", MentionedBefore.values());
    model.addAttribute("placeUses", PlaceUse.values());
    return "intelligence/form";
  }

  private Set<ChildId> offered(List<ChildId> alsoThese) {
    return submissions.offeredChildren(alsoThese).stream()
        .map(ChildRecord::id)
        .collect(Collectors.toSet());
  }

  /** An "add another" button adds a row of its kind and shows the page again. */
  private static boolean addedRow(SubmissionForm form, String action, BindingResult result) {
    if (!action.startsWith(ADD)) {
      return false;
    }
    EntityKind kind;
    try {
      kind = EntityKind.valueOf(action.substring(ADD.length()));
    } catch (IllegalArgumentException notAKind) {
      return false;
    }
    form.padRows();
    if (!form.addRow(kind)) {
      result.reject(
          "intelligence.error.rows.limit", new Object[] {SubmissionForm.MAX_ROWS_PER_KIND}, null);
    }
    return true;
  }

  static UUID parse(String id) {
    return RecordIds.parse(id, IntelligenceAccess.SUBMISSION);
  }
}
