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

/**
 * A signed-in user changes their own password; their other sessions end. A user whose password an
 * administrator set is sent here after signing in and must change it before using Harbour.
 */
@Controller
class AccountController {

  private final CurrentUser currentUser;
  private final OwnPassword ownPassword;
  private final PasswordPolicy policy;
  private final UserSessions userSessions;
  private final AccountRepository accounts;

  AccountController(
      CurrentUser currentUser,
      OwnPassword ownPassword,
      PasswordPolicy policy,
      UserSessions userSessions,
      AccountRepository accounts) {
    this.currentUser = currentUser;
    this.ownPassword = ownPassword;
    this.policy = policy;
    this.userSessions = userSessions;
    this.accounts = accounts;
  }

  @InitBinder("form")
  void fields(WebDataBinder binder) {
    binder.setAllowedFields("currentPassword", "newPassword", "confirmPassword");
  }

  @GetMapping(PasswordChangeRequired.PAGE)
  String form(Model model) {
    model.addAttribute("form", new ChangePasswordForm());
    return show(currentUser.require(), model);
  }

  @PostMapping(PasswordChangeRequired.PAGE)
  String change(
      @ModelAttribute("form") ChangePasswordForm form,
      BindingResult result,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    HarbourUser user = currentUser.require();
    if (!StringUtils.hasLength(form.getCurrentPassword())) {
      result.rejectValue("currentPassword", "account.password.current.required");
    }
    Optional<String> problem = policy.problem(form.getNewPassword(), user.username());
    if (problem.isEmpty() && form.getNewPassword().equals(form.getCurrentPassword())) {
      problem = Optional.of("account.password.new.same");
    }
    problem.ifPresent(code -> result.rejectValue("newPassword", code));
    if (!StringUtils.hasLength(form.getConfirmPassword())) {
      result.rejectValue("confirmPassword", "account.password.confirm.required");
    } else if (problem.isEmpty() && !form.getConfirmPassword().equals(form.getNewPassword())) {
      result.rejectValue("confirmPassword", "account.password.confirm.mismatch");
    }
    if (!result.hasFieldErrors("currentPassword")
        && !ownPassword.checkCurrent(user.id(), form.getCurrentPassword())) {
      result.rejectValue("currentPassword", "account.password.current.wrong");
    }
    if (result.hasErrors()) {
      form.clearPasswords();
      return show(user, model);
    }
    boolean required = accounts.mustChangePassword(user.id());
    ownPassword.change(user.id(), form.getNewPassword());
    userSessions.endAll(user.username(), request.getSession().getId());
    redirect.addFlashAttribute("changed", true);
    redirect.addFlashAttribute("wasRequired", required);
    return "redirect:" + PasswordChangeRequired.PAGE;
  }

  private String show(HarbourUser user, Model model) {
    model.addAttribute("mustChange", accounts.mustChangePassword(user.id()));
    return "accesscontrol/signin/change-password";
  }
}
