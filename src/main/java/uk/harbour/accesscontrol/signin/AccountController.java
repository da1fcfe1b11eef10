package uk.harbour.accesscontrol.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;

/** A signed-in user changes their own password; their other sessions end. */
@Controller
class AccountController {

  private final CurrentUser currentUser;
  private final Authenticator authenticator;
  private final PasswordPolicy policy;
  private final UserSessions userSessions;

  AccountController(
      CurrentUser currentUser,
      Authenticator authenticator,
      PasswordPolicy policy,
      UserSessions userSessions) {
    this.currentUser = currentUser;
    this.authenticator = authenticator;
    this.policy = policy;
    this.userSessions = userSessions;
  }

  @InitBinder("passwordChange")
  void fields(WebDataBinder binder) {
    binder.setAllowedFields("currentPassword", "newPassword", "confirmPassword");
  }

  @GetMapping("/account/password")
  String form(Model model) {
    model.addAttribute("passwordChange", new ChangePasswordForm());
    return "account/password";
  }

  @PostMapping("/account/password")
  String change(
      @ModelAttribute("passwordChange") ChangePasswordForm form,
      BindingResult result,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    HarbourUser user = currentUser.require();
    if (!StringUtils.hasLength(form.getCurrentPassword())) {
      result.rejectValue("currentPassword", "account.password.current.required");
    }
    Optional<String> problem = policy.problem(form.getNewPassword(), user.username());
    problem.ifPresent(code -> result.rejectValue("newPassword", code));
    if (!StringUtils.hasLength(form.getConfirmPassword())) {
      result.rejectValue("confirmPassword", "account.password.confirm.required");
    } else if (problem.isEmpty() && !form.getConfirmPassword().equals(form.getNewPassword())) {
      result.rejectValue("confirmPassword", "account.password.confirm.mismatch");
    }
    if (!result.hasFieldErrors("currentPassword")
        && !authenticator.checkCurrentPassword(user.id(), form.getCurrentPassword())) {
      result.rejectValue("currentPassword", "account.password.current.wrong");
    }
    if (result.hasErrors()) {
      form.clearPasswords();
      return "account/password";
    }
    authenticator.changePassword(user.id(), form.getNewPassword());
    userSessions.endAll(user.username(), request.getSession().getId());
    redirect.addFlashAttribute("changed", true);
    return "redirect:/account/password";
  }
}
