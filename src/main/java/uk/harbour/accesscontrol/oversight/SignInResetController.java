package uk.harbour.accesscontrol.oversight;

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
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.accesscontrol.admin.SignInReset;
import uk.harbour.accesscontrol.admin.SignInResets;
import uk.harbour.accesscontrol.admin.SignInResets.Decision;
import uk.harbour.shared.RecordIds;
import uk.harbour.shared.RecordNotFoundException;

/**
 * The data protection officer's queue of resets of sign-in details to approve or refuse. An officer
 * cannot decide a reset they asked for or a reset of their own account.
 */
@Controller
class SignInResetController {

  static final int DECIDED_SHOWN = 25;
  private static final String RECORD_TYPE = "sign-in reset";

  private final SignInResets resets;
  private final CurrentUser currentUser;

  SignInResetController(SignInResets resets, CurrentUser currentUser) {
    this.resets = resets;
    this.currentUser = currentUser;
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields("decision", "note", "version");
  }

  @GetMapping("/sign-in-resets")
  String queue(Model model) {
    requireOfficer();
    model.addAttribute("awaiting", resets.awaiting());
    model.addAttribute("decided", resets.decided(DECIDED_SHOWN));
    return "accesscontrol/oversight/sign-in-resets";
  }

  @GetMapping("/sign-in-resets/{id}")
  String view(@PathVariable String id, Model model) {
    requireOfficer();
    SignInReset reset = find(id);
    SignInResetDecisionForm form = new SignInResetDecisionForm();
    form.setVersion(reset.version());
    model.addAttribute("form", form);
    return page(reset, model);
  }

  @PostMapping("/sign-in-resets/{id}")
  String decide(
      @PathVariable String id,
      @ModelAttribute("form") SignInResetDecisionForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    requireOfficer();
    SignInReset reset = find(id);
    form.validate(result);
    if (result.hasErrors()) {
      return page(reset, model);
    }
    String note = form.getNote().strip();
    Decision decision =
        form.getDecision() == SignInResetDecisionForm.Decision.APPROVE
            ? resets.approve(reset.id(), form.getVersion(), note)
            : resets.refuse(reset.id(), form.getVersion(), note);
    switch (decision) {
      case DONE -> {
        redirect.addFlashAttribute(
            "saved",
            form.getDecision() == SignInResetDecisionForm.Decision.APPROVE
                ? "signInReset.approved"
                : "signInReset.refused");
        return "redirect:/sign-in-resets";
      }
      case STALE -> {
        model.addAttribute("problem", "signInReset.stale");
        SignInReset now = find(id);
        form.setVersion(now.version());
        return page(now, model);
      }
      case OWN_REQUEST -> result.reject("signInReset.error.ownRequest");
      case OWN_ACCOUNT -> result.reject("signInReset.error.ownAccount");
    }
    return page(reset, model);
  }

  private String page(SignInReset reset, Model model) {
    HarbourUser officer = currentUser.require();
    model.addAttribute("reset", reset);
    model.addAttribute("decisions", SignInResetDecisionForm.Decision.values());
    String cannot = null;
    if (officer.id().equals(reset.requestedBy())) {
      cannot = "signInReset.error.ownRequest";
    } else if (officer.id().equals(reset.userId())) {
      cannot = "signInReset.error.ownAccount";
    }
    model.addAttribute("cannotDecide", cannot);
    return "accesscontrol/oversight/sign-in-reset";
  }

  private SignInReset find(String id) {
    return resets
        .find(RecordIds.parse(id, RECORD_TYPE))
        .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE));
  }

  private void requireOfficer() {
    if (!currentUser.require().has(Role.DATA_PROTECTION_OFFICER)) {
      throw new AccessDeniedException("Data protection officers only");
    }
  }
}
