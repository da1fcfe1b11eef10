package uk.harbour.accesscontrol.oversight;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
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
import uk.harbour.accesscontrol.BreakGlass;
import uk.harbour.accesscontrol.BreakGlassGrant;
import uk.harbour.accesscontrol.BreakGlassReviewOutcome;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.shared.FreeTextCheck;
import uk.harbour.shared.RecordIds;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleSave;

/** The data protection officer's queue of break-glass uses to review. */
@Controller
class BreakGlassReviewController {

  private static final String RECORD_TYPE = "break-glass";

  private final BreakGlass breakGlass;
  private final CurrentUser currentUser;
  private final FreeTextCheck language;

  BreakGlassReviewController(
      BreakGlass breakGlass, CurrentUser currentUser, FreeTextCheck language) {
    this.breakGlass = breakGlass;
    this.currentUser = currentUser;
    this.language = language;
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields("outcome", "note", "version");
  }

  @GetMapping("/break-glass/reviews")
  String queue(Model model) {
    requireOfficer();
    BreakGlass.ReviewQueue queue = breakGlass.reviewQueue(25);
    model.addAttribute("awaiting", queue.awaiting());
    model.addAttribute("reviewed", queue.reviewed());
    return "accesscontrol/oversight/break-glass-reviews";
  }

  @GetMapping("/break-glass/reviews/{id}")
  String review(@PathVariable String id, Model model) {
    requireOfficer();
    BreakGlassGrant grant = opened(id);
    BreakGlassReviewForm form = new BreakGlassReviewForm();
    form.setVersion(grant.version());
    model.addAttribute("form", form);
    return page(grant, model);
  }

  @PostMapping("/break-glass/reviews/{id}")
  String save(
      @PathVariable String id,
      @ModelAttribute("form") BreakGlassReviewForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    requireOfficer();
    BreakGlassGrant grant = find(id);
    form.validate(result);
    if (result.hasErrors()) {
      return page(opened(id), model);
    }
    return StaleSave.saveOrShowAgain(
        model,
        () ->
            breakGlass.review(
                grant.id(), form.getVersion(), form.getOutcome(), blankToNull(form.getNote())),
        () -> {
          redirect.addFlashAttribute("saved", true);
          language
              .afterSave(
                  List.of(
                      new FreeTextCheck.Field(
                          "note", "breakGlassReview.form.note", form.getNote())),
                  null,
                  "/break-glass/reviews/" + grant.id(),
                  "/break-glass/reviews")
              .forEach(redirect::addFlashAttribute);
          return "redirect:/break-glass/reviews";
        },
        () -> {
          form.setVersion(find(id).version());
          return page(opened(id), model);
        });
  }

  private String page(BreakGlassGrant grant, Model model) {
    model.addAttribute("grant", grant);
    model.addAttribute("outcomes", BreakGlassReviewOutcome.values());
    return "accesscontrol/oversight/break-glass-review";
  }

  /** The grant, shown to the officer: the view is audited. */
  private BreakGlassGrant opened(String id) {
    return breakGlass
        .openForReview(RecordIds.parse(id, RECORD_TYPE))
        .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE));
  }

  private BreakGlassGrant find(String id) {
    return breakGlass
        .find(RecordIds.parse(id, RECORD_TYPE))
        .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE));
  }

  private void requireOfficer() {
    if (!currentUser.require().has(Role.DATA_PROTECTION_OFFICER)) {
      throw new AccessDeniedException("Data protection officers only");
    }
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
