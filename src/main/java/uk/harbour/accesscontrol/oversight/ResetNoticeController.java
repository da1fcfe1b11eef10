package uk.harbour.accesscontrol.oversight;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.admin.SignInResets;
import uk.harbour.accesscontrol.signin.PasswordChangeRequired;

/**
 * Tells the signed-in user who last reset their sign-in details, and who approved it. Sign-in sends
 * them here first after an approved reset, and the notice in their notifications leads here.
 */
@Controller
class ResetNoticeController {

  private final SignInResets resets;
  private final CurrentUser currentUser;

  ResetNoticeController(SignInResets resets, CurrentUser currentUser) {
    this.resets = resets;
    this.currentUser = currentUser;
  }

  @GetMapping(PasswordChangeRequired.RESET_NOTICE)
  String notice(Model model) {
    return resets
        .lastApproved(currentUser.require().id())
        .map(
            reset -> {
              model.addAttribute("reset", reset);
              return "accesscontrol/oversight/reset-notice";
            })
        .orElse("redirect:/");
  }
}
