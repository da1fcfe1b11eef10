package uk.harbour.intake;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.harbour.audit.AuditHints;
import uk.harbour.people.Sex;
import uk.harbour.shared.DisplayDates;

/**
 * The public and business report: no sign-in, anonymous allowed. It never looks anything up, so it
 * cannot reveal whether a child is known to Harbour. Protected without a CAPTCHA by a honeypot
 * field, a per-address rate limit shared by every instance, and size limits on every field. A
 * report counts towards the limit only once its content is accepted, and the count commits with the
 * report itself: a report sent back with errors, or one that fails to save, uses up nothing.
 */
@Controller
class ReportController {

  private static final Logger log = LoggerFactory.getLogger(ReportController.class);

  private final Concerns concerns;
  private final ReportRateLimit rateLimit;
  private final Clock clock;
  private final TransactionTemplate transaction;

  ReportController(
      Concerns concerns,
      ReportRateLimit rateLimit,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.concerns = concerns;
    this.rateLimit = rateLimit;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
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
    String reference =
        transaction.execute(
            status -> {
              if (!rateLimit.allow(request.getRemoteAddr())) {
                return null; // counted: attempts over the limit keep counting, as they always have
              }
              if (form.isAutomated()) {
                log.info("A public report with the honeypot field filled in was dropped");
                return concerns.unusedReference();
              }
              return concerns.submitPublic(form.toDetails());
            });
    if (reference == null) {
      log.info("A public report was refused: too many from one address in the current window");
      result.reject("intake.report.error.tooMany");
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      form.padRows();
      return page(model);
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
    return "intake/report-sent";
  }

  private String page(Model model) {
    model.addAttribute("dangerOptions", DangerNow.values());
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("reporterKinds", ReporterKind.values());
    return "intake/report";
  }
}
