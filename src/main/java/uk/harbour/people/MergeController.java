package uk.harbour.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
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
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.shared.FreeTextCheck;

/** One merge: approve or turn down a proposal, or undo a merge that was wrong. */
@Controller
class MergeController {

  static final List<String> APPROVAL_DECISIONS = List.of("APPROVE", "REJECT");

  private final Merges merges;
  private final IdentityComparison comparison;
  private final CurrentUser currentUser;
  private final MessageSource messages;
  private final FreeTextCheck language;

  MergeController(
      Merges merges,
      IdentityComparison comparison,
      CurrentUser currentUser,
      MessageSource messages,
      FreeTextCheck language) {
    this.language = language;
    this.merges = merges;
    this.comparison = comparison;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields("decision", "reasons");
  }

  @GetMapping("/merges/{id}")
  String merge(@PathVariable String id, Model model) {
    model.addAttribute("form", new MergeForm());
    return page(DuplicatesController.parse(id), model);
  }

  @PostMapping("/merges/{id}/decision")
  String decide(
      @PathVariable String id,
      @ModelAttribute("form") MergeForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    UUID mergeId = DuplicatesController.parse(id);
    form.validate(result, true);
    if (!result.hasErrors() && !APPROVAL_DECISIONS.contains(form.getDecision())) {
      result.rejectValue("decision", "merge.error.decisionRequired");
    }
    if (result.hasErrors()) {
      return page(mergeId, model);
    }
    return act(
        mergeId,
        () -> {
          if ("APPROVE".equals(form.getDecision())) {
            merges.approve(mergeId, form.strippedReasons());
            return "merge.banner.merged";
          }
          merges.reject(mergeId, form.strippedReasons());
          return "merge.banner.rejected";
        },
        "merge.reasons",
        form,
        result,
        model,
        redirect);
  }

  @PostMapping("/merges/{id}/unmerge")
  String unmerge(
      @PathVariable String id,
      @ModelAttribute("form") MergeForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    UUID mergeId = DuplicatesController.parse(id);
    form.validate(result, false);
    if (result.hasErrors()) {
      return page(mergeId, model);
    }
    return act(
        mergeId,
        () -> {
          merges.unmerge(mergeId, form.strippedReasons());
          return "merge.banner.unmerged";
        },
        "merge.unmerge.reasons",
        form,
        result,
        model,
        redirect);
  }

  /**
   * Does what was asked ({@code action} answers the banner to show); then the merge page with the
   * banner and the language guide's notes on the reasons ({@code labelKey}), or, if Harbour
   * refused, the page again with why.
   */
  private String act(
      UUID mergeId,
      Supplier<String> action,
      String labelKey,
      MergeForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    try {
      redirect.addFlashAttribute("banner", action.get());
      checkLanguage(redirect, mergeId, labelKey, form.getReasons());
      return "redirect:/merges/" + mergeId;
    } catch (MergeException e) {
      result.reject(e.messageKey());
      return page(mergeId, model);
    }
  }

  /** The reasons through the language guide; a decision cannot be changed, so no change link. */
  private void checkLanguage(
      RedirectAttributes redirect, UUID mergeId, String labelKey, String reasons) {
    language
        .afterSave(
            List.of(new FreeTextCheck.Field("reasons", labelKey, reasons)),
            null,
            null,
            "/merges/" + mergeId)
        .forEach(redirect::addFlashAttribute);
  }

  private String page(UUID mergeId, Model model) {
    ChildMerge merge = merges.view(mergeId);
    model.addAttribute("merge", merge);
    model.addAttribute("proposed", merge.proposed());
    model.addAttribute("done", merge.done());
    ChildDetails kept = merge.kept().details();
    ChildDetails merged = merge.merged().details();
    model.addAttribute(
        "rows",
        merge.proposed()
            ? comparison.rows(List.of(kept, merged, MergedDetails.combine(kept, merged)))
            : comparison.rows(List.of(kept, merged)));
    List<String> headings =
        new ArrayList<>(
            List.of(
                heading("merge.compare.kept", merge.kept()),
                heading("merge.compare.merged", merge.merged())));
    if (merge.proposed()) {
      headings.add(heading("merge.compare.after", merge.kept()));
    }
    model.addAttribute("headings", headings);
    model.addAttribute("keptWork", merges.openWork(merge.kept().id()));
    model.addAttribute("mergedWork", merges.openWork(merge.merged().id()));
    model.addAttribute("decisions", APPROVAL_DECISIONS);
    model.addAttribute(
        "viewerProposed", currentUser.require().id().value().equals(merge.proposedBy()));
    return "people/merge";
  }

  private String heading(String key, ChildRecord child) {
    return messages.getMessage(key, new Object[] {child.reference()}, Locale.UK);
  }
}
