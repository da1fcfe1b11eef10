package uk.harbour.accesscontrol.admin;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.admin.UserAdministration.ResetOutcome;
import uk.harbour.accesscontrol.signin.PasswordPolicy;
import uk.harbour.shared.UserId;

/**
 * An administrator's changes to someone's sign-in: unlocking, a new password, and resetting the
 * authenticator app. A reset that could let the administrator sign in as the person (any reset of
 * the authenticator app, or a password for an account with none) is only asked for, with a reason,
 * and waits for a data protection officer ({@link SignInResets}). Nobody changes their own here.
 */
@Controller
class SignInAdminController {

  private final UserAdministration administration;
  private final UserPage page;
  private final PasswordPolicy passwordPolicy;
  private final CurrentUser currentUser;

  SignInAdminController(
      UserAdministration administration,
      UserPage page,
      PasswordPolicy passwordPolicy,
      CurrentUser currentUser) {
    this.administration = administration;
    this.page = page;
    this.passwordPolicy = passwordPolicy;
    this.currentUser = currentUser;
  }

  @InitBinder("form")
  void setPasswordFields(WebDataBinder binder) {
    binder.setAllowedFields("password", "reason");
  }

  @InitBinder("resetForm")
  void resetFields(WebDataBinder binder) {
    binder.setAllowedFields("reason");
  }

  @PostMapping("/admin/users/{id}/unlock")
  String unlock(@PathVariable String id, RedirectAttributes redirect) {
    UserId userId = page.existing(id).id();
    administration.unlock(userId);
    redirect.addFlashAttribute("banner", "admin.user.unlocked");
    return "redirect:/admin/users/" + userId;
  }

  /**
   * A new password the person must change at their next sign-in; their sessions end. For an account
   * with no authenticator app it is asked for instead, and waits for approval.
   */
  @PostMapping("/admin/users/{id}/set-password")
  String setPassword(
      @PathVariable String id,
      @ModelAttribute("form") SetPasswordForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    UserRepository.UserDetails user = page.existing(id);
    if (user.id().equals(currentUser.require().id())) {
      return problem(user.id(), "admin.user.setPassword.self", redirect);
    }
    passwordPolicy
        .problem(form.getPassword(), user.username())
        .ifPresent(code -> result.rejectValue("password", code));
    if (!user.enrolled()) {
      ResetReasonForm.check(form.getReason(), "reason", result);
    }
    if (result.hasErrors()) {
      form.setPassword(null);
      return page.show(user, model);
    }
    ResetOutcome outcome =
        administration.setPassword(user.id(), form.getPassword(), strip(form.getReason()));
    return done(user.id(), outcome, "admin.user.passwordSet", redirect);
  }

  /** Asks for the authenticator app to be reset; a data protection officer decides. */
  @PostMapping("/admin/users/{id}/reset-second-factor")
  String resetSecondFactor(
      @PathVariable String id,
      @ModelAttribute("resetForm") ResetReasonForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    UserRepository.UserDetails user = page.existing(id);
    if (user.id().equals(currentUser.require().id())) {
      return problem(user.id(), "admin.user.reset.self", redirect);
    }
    if (!user.enrolled()) {
      return problem(user.id(), "admin.user.resetSecondFactor.nothingToReset", redirect);
    }
    ResetReasonForm.check(form.getReason(), "reason", result);
    if (result.hasErrors()) {
      return page.show(user, model);
    }
    ResetOutcome outcome =
        administration.requestSecondFactorReset(user.id(), strip(form.getReason()));
    return done(user.id(), outcome, null, redirect);
  }

  private static String done(
      UserId user, ResetOutcome outcome, String doneBanner, RedirectAttributes redirect) {
    switch (outcome) {
      case DONE -> redirect.addFlashAttribute("banner", doneBanner);
      case AWAITING_APPROVAL -> redirect.addFlashAttribute("banner", "admin.user.reset.requested");
      case ALREADY_WAITING -> {
        return problem(user, "admin.user.reset.alreadyWaiting", redirect);
      }
    }
    return "redirect:/admin/users/" + user;
  }

  /** Back to the user's page with a problem that needs no form field. */
  private static String problem(UserId user, String key, RedirectAttributes redirect) {
    redirect.addFlashAttribute("problem", key);
    return "redirect:/admin/users/" + user;
  }

  private static @Nullable String strip(@Nullable String reason) {
    return reason == null || reason.isBlank() ? null : reason.strip();
  }
}
