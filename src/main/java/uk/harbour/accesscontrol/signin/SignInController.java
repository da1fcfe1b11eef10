package uk.harbour.accesscontrol.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.Totp;
import uk.harbour.accesscontrol.signin.Authenticator.CodeResult;
import uk.harbour.accesscontrol.signin.Authenticator.PasswordAccepted;
import uk.harbour.shared.UserId;

/** Sign-in in two steps: password, then a code from an authenticator app. */
@Controller
class SignInController {

  static final String FAILED = "signin.failed";

  private final Authenticator authenticator;
  private final SignInSession signInSession;
  private final SignInCompletion completion;
  private final SignedInUsers users;
  private final AccountRepository accounts;
  private final CurrentUser currentUser;

  SignInController(
      Authenticator authenticator,
      SignInSession signInSession,
      SignInCompletion completion,
      SignedInUsers users,
      AccountRepository accounts,
      CurrentUser currentUser) {
    this.authenticator = authenticator;
    this.signInSession = signInSession;
    this.completion = completion;
    this.users = users;
    this.accounts = accounts;
    this.currentUser = currentUser;
  }

  @InitBinder("passwordForm")
  void passwordFields(WebDataBinder binder) {
    binder.setAllowedFields("username", "password");
  }

  @InitBinder("codeForm")
  void codeFields(WebDataBinder binder) {
    binder.setAllowedFields("code");
  }

  @GetMapping("/login")
  String login(
      @RequestParam(required = false) String signedOut,
      @RequestParam(required = false) String timeout,
      @RequestParam(required = false) String expired,
      Model model) {
    if (currentUser.get().isPresent()) {
      return "redirect:/";
    }
    model.addAttribute("passwordForm", new PasswordForm());
    if (signedOut != null) {
      model.addAttribute("notice", "signin.notice.signedOut");
    } else if (expired != null) {
      model.addAttribute("notice", "signin.notice.expired");
    } else if (timeout != null) {
      model.addAttribute("notice", "signin.notice.timeout");
    }
    return "accesscontrol/signin/login";
  }

  @PostMapping("/login")
  String password(
      @ModelAttribute("passwordForm") PasswordForm form,
      BindingResult result,
      HttpServletRequest request,
      Model model) {
    requireUsernameAndPassword(form, result);
    if (result.hasErrors()) {
      form.setPassword(null);
      return "accesscontrol/signin/login";
    }
    Optional<PasswordAccepted> accepted =
        authenticator.checkPassword(
            form.getUsername(), form.getPassword(), request.getRemoteAddr());
    form.setPassword(null);
    if (accepted.isEmpty()) {
      result.rejectValue("username", FAILED);
      model.addAttribute("failed", true);
      return "accesscontrol/signin/login";
    }
    signInSession.startPending(request, accepted.get().userId());
    return accepted.get().enrolled() ? "redirect:/login/code" : "redirect:/login/enrol";
  }

  @GetMapping("/login/code")
  String code(HttpServletRequest request, Model model) {
    Optional<UserId> pending = signInSession.pendingUser(request);
    if (pending.isEmpty()) {
      return "redirect:/login";
    }
    if (!isEnrolled(pending.get())) {
      return "redirect:/login/enrol";
    }
    model.addAttribute("codeForm", new CodeForm());
    return "accesscontrol/signin/code";
  }

  @PostMapping("/login/code")
  String checkCode(
      @ModelAttribute("codeForm") CodeForm form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Optional<UserId> pending = signInSession.pendingUser(request);
    if (pending.isEmpty()) {
      return "redirect:/login";
    }
    if (Totp.normalise(form.getCode()) == null) {
      result.rejectValue("code", "signin.code.format");
      return "accesscontrol/signin/code";
    }
    CodeResult outcome =
        authenticator.checkCode(pending.get(), form.getCode(), request.getRemoteAddr());
    return afterCode(
        outcome, pending.get(), result, request, response, model, "accesscontrol/signin/code");
  }

  @GetMapping("/login/enrol")
  String enrol(HttpServletRequest request, Model model) {
    Optional<UserId> pending = signInSession.pendingUser(request);
    if (pending.isEmpty()) {
      return "redirect:/login";
    }
    if (isEnrolled(pending.get())) {
      return "redirect:/login/code";
    }
    model.addAttribute("codeForm", new CodeForm());
    return showEnrolment(pending.get(), request, model);
  }

  @PostMapping("/login/enrol")
  String confirmEnrolment(
      @ModelAttribute("codeForm") CodeForm form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Optional<UserId> pending = signInSession.pendingUser(request);
    if (pending.isEmpty()) {
      return "redirect:/login";
    }
    String secret = signInSession.pendingSecret(request);
    if (Totp.normalise(form.getCode()) == null) {
      result.rejectValue("code", "signin.code.format");
      return showEnrolment(pending.get(), request, model);
    }
    CodeResult outcome =
        authenticator.confirmEnrolment(
            pending.get(), secret, form.getCode(), request.getRemoteAddr());
    String view = afterCode(outcome, pending.get(), result, request, response, model, null);
    return view != null ? view : showEnrolment(pending.get(), request, model);
  }

  private String afterCode(
      CodeResult outcome,
      UserId user,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      String retryView) {
    if (outcome == CodeResult.WRONG_CODE) {
      result.rejectValue("code", "signin.code.wrong");
      return retryView;
    }
    Optional<String> next =
        outcome == CodeResult.SIGNED_IN
            ? completion.finish(user, null, request, response)
            : Optional.empty();
    return next.orElseGet(() -> startAgain(request, model));
  }

  /** Both must be given before anything is checked (a blank form is not a failed attempt). */
  static void requireUsernameAndPassword(PasswordForm form, BindingResult result) {
    if (!StringUtils.hasText(form.getUsername())) {
      result.rejectValue("username", "signin.username.required");
    }
    if (!StringUtils.hasLength(form.getPassword())) {
      result.rejectValue("password", "signin.password.required");
    }
  }

  /** Back to the password step, with the same message as any other failed sign-in. */
  private String startAgain(HttpServletRequest request, Model model) {
    signInSession.clearPending(request);
    PasswordForm form = new PasswordForm();
    model.addAttribute("passwordForm", form);
    BindingResult errors = new BeanPropertyBindingResult(form, "passwordForm");
    errors.rejectValue("username", FAILED);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "passwordForm", errors);
    model.addAttribute("failed", true);
    return "accesscontrol/signin/login";
  }

  private String showEnrolment(UserId user, HttpServletRequest request, Model model) {
    String secret = signInSession.pendingSecret(request);
    String username = users.username(user).orElse("");
    model.addAttribute("qr", QrCode.of(Totp.uri(username, secret)));
    model.addAttribute("key", Totp.grouped(secret));
    return "accesscontrol/signin/enrol";
  }

  private boolean isEnrolled(UserId user) {
    return accounts.find(user).map(Account::enrolled).orElse(false);
  }
}
