package uk.harbour.people;

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
import uk.harbour.shared.FreeTextCheck;
import uk.harbour.shared.RecordIds;

/**
 * The possible-duplicates queue for screening officers: pairs of held records that may be the same
 * child, each opened side by side to decide: propose a merge (a second person approves) or record
 * that they are different children.
 */
@Controller
class DuplicatesController {

  static final int QUEUE_SIZE = 100;
  static final List<String> PAIR_DECISIONS = List.of("KEEP_FIRST", "KEEP_SECOND", "NOT_SAME");

  private final Duplicates duplicates;
  private final Merges merges;
  private final IdentityComparison comparison;
  private final FreeTextCheck language;

  DuplicatesController(
      Duplicates duplicates, Merges merges, IdentityComparison comparison, FreeTextCheck language) {
    this.duplicates = duplicates;
    this.merges = merges;
    this.comparison = comparison;
    this.language = language;
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields("decision", "reasons");
  }

  @GetMapping("/duplicates")
  String queue(Model model) {
    model.addAttribute("pairs", duplicates.queue(QUEUE_SIZE));
    model.addAttribute("merges", merges.recent(QUEUE_SIZE));
    return "people/duplicates";
  }

  @PostMapping("/duplicates/scan")
  String scan(RedirectAttributes redirect) {
    redirect.addFlashAttribute("scanned", duplicates.scan());
    return "redirect:/duplicates";
  }

  @GetMapping("/duplicates/{id}")
  String pair(@PathVariable String id, Model model) {
    model.addAttribute("form", new MergeForm());
    return page(parse(id), model);
  }

  @PostMapping("/duplicates/{id}")
  String decide(
      @PathVariable String id,
      @ModelAttribute("form") MergeForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    UUID pairId = parse(id);
    form.validate(result, true);
    if (!result.hasErrors() && !PAIR_DECISIONS.contains(form.getDecision())) {
      result.rejectValue("decision", "merge.error.decisionRequired");
    }
    if (result.hasErrors()) {
      return page(pairId, model);
    }
    try {
      if ("NOT_SAME".equals(form.getDecision())) {
        duplicates.notTheSameChild(pairId, form.strippedReasons());
        checkLanguage(redirect, form.getReasons(), "/duplicates");
        return "redirect:/duplicates";
      }
      UUID merge =
          merges.propose(pairId, "KEEP_FIRST".equals(form.getDecision()), form.strippedReasons());
      checkLanguage(redirect, form.getReasons(), "/merges/" + merge);
      return "redirect:/merges/" + merge;
    } catch (MergeException e) {
      result.reject(e.messageKey());
      return page(pairId, model);
    }
  }

  /** The reasons through the language guide; a decision cannot be changed, so no change link. */
  private void checkLanguage(RedirectAttributes redirect, String reasons, String back) {
    language
        .afterSave(
            List.of(new FreeTextCheck.Field("reasons", "duplicate.reasons", reasons)),
            null,
            null,
            back)
        .forEach(redirect::addFlashAttribute);
  }

  private String page(UUID pairId, Model model) {
    DuplicatePair pair = duplicates.pair(pairId);
    model.addAttribute("pair", pair);
    model.addAttribute("pairOpen", pair.open());
    model.addAttribute(
        "rows", comparison.rows(List.of(pair.first().details(), pair.second().details())));
    model.addAttribute("headings", List.of(pair.first().reference(), pair.second().reference()));
    return "people/duplicate";
  }

  static UUID parse(String raw) {
    return RecordIds.parse(raw, Duplicates.PAIR);
  }
}
