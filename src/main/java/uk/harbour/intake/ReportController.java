package uk.harbour.intake;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.harbour.people.Sex;
import uk.harbour.shared.AuditHints;
import uk.harbour.shared.DisplayDates;

/**
 * The public and business report: no sign-in, anonymous allowed. It never looks anything up, so it
 * cannot reveal whether a child is known to Harbour. Protected without a CAPTCHA by a honeypot
 * field, a per-address rate limit shared by every instance, and size limits on every field.
 */
@Controller
class ReportController {

  private static final Logger log = LoggerFactory.getLogger(ReportController.class);

  private final Concerns concerns;
  private final ReportRateLimit rateLimit;
  private final Clock clock;

  ReportController(Concerns concerns, ReportRateLimit rateLimit, Clock clock) {
    this.concerns = concerns;
    this.rateLimit = rateLimit;
    this.clock = clock;
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields(ReportForm.allowedFields());
  }

  @GetMapping("/report")
  String report(Model model) {
    model.addAttribute("form", ReportForm.blank());
    return page(model);
  }

  @PostMapping("/report")
  String send(
      @ModelAttribute("form") ReportForm form,
      BindingResult result,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    // Reporters may stay anonymous: the audit keeps no address or session for this request.
    request.setAttribute(AuditHints.ANONYMOUS_REPORTER, Boolean.TRUE);
    form.validate(result, LocalDate.ofInstant(clock.instant(), DisplayDates.ZONE));
    if (result.hasErrors()) {
      form.padRows();
      return page(model);
    }
    if (!rateLimit.allow(request.getRemoteAddr())) {
      log.info("A public report was refused: too many from one address in the current window");
      result.reject("intake.report.error.tooMany");
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      form.padRows();
      return page(model);
    }
    String reference;
    if (form.isAutomated()) {
      log.info("A public report with the honeypot field filled in was dropped");
      reference = concerns.unusedReference();
    } else {
      reference = concerns.submitPublic(form.toDetails());
    }
    redirect.addFlashAttribute("reference", reference);
    redirect.addFlashAttribute("dangerNow", form.getDangerNow() == DangerNow.YES);
    return "redirect:/report/sent";
  }

  @GetMapping("/report/sent")
  String sent(Model model) {
    if (!model.containsAttribute("reference")) {
      return "redirect:/report";
    }
    return "report/sent";
  }

  private String page(Model model) {
    model.addAttribute("dangerOptions", DangerNow.values());
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("reporterKinds", ReporterKind.values());
    return "report/report";
  }
}
