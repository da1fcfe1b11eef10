package uk.harbour.accesscontrol.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.Totp;
import uk.harbour.shared.UserId;

/**
 * Sign-in with the password and a code together. Someone else's wrong passwords can lock the
 * password step of an account; this way the owner, who has both factors, still gets in, while a
 * guesser learns nothing, because every failure here gets the same message.
 */
@Controller
class PasswordAndCodeController {

  static final String PATH = "/login/with-code";
  static final String FAILED = "signin.withCode.failed";
  static final String HOW = "with password and code together";

  private final Authenticator authenticator;
  private final SignInSession signInSession;
  private final SignInCompletion completion;
  private final CurrentUser currentUser;

  PasswordAndCodeController(
      Authenticator authenticator,
      SignInSession signInSession,
      SignInCompletion completion,
      CurrentUser currentUser) {
    this.authenticator = authenticator;
    this.signInSession = signInSession;
    this.completion = completion;
    this.currentUser = currentUser;
  }

  @InitBinder("withCodeForm")
  void fields(WebDataBinder binder) {
    binder.setAllowedFields("username", "password", "code");
  }

  @GetMapping(PATH)
  String form(@ModelAttribute("withCodeForm") PasswordAndCodeForm form) {
    return currentUser.get().isPresent() ? "redirect:/" : "accesscontrol/signin/with-code";
  }

  @PostMapping(PATH)
  String signIn(
      @ModelAttribute("withCodeForm") PasswordAndCodeForm form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response) {
    SignInController.requireUsernameAndPassword(form, result);
    String code = Totp.normalise(form.getCode());
    if (code == null) {
      result.rejectValue("code", "signin.code.format");
    }
    String password = form.getPassword();
    form.setPassword(null);
    form.setCode(null);
    if (result.hasErrors()) {
      return "accesscontrol/signin/with-code";
    }
    Optional<UserId> user =
        authenticator.checkPasswordAndCode(
            form.getUsername(), password, code, request.getRemoteAddr());
    Optional<String> next =
        user.flatMap(
            u -> {
              signInSession.clearPending(request);
              return completion.finish(u, HOW, request, response);
            });
    if (next.isEmpty()) {
      result.rejectValue("username", FAILED);
      return "accesscontrol/signin/with-code";
    }
    return next.get();
  }
}
