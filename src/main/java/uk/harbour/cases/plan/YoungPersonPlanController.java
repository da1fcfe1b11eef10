package uk.harbour.cases.plan;

import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import uk.harbour.audit.AuditAction;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.assessment.CaseHeading;
import uk.harbour.cases.assessment.CaseIds;
import uk.harbour.shared.DisplayDates;
import uk.harbour.web.PdfDocuments;

/** The young person's own version of their plan, as a page and a PDF, and their comments. */
@Controller
class YoungPersonPlanController {

  private final Plans plans;
  private final CaseHeading headings;
  private final PdfDocuments pdfs;
  private final MessageSource messages;
  private final DisplayDates dates;

  YoungPersonPlanController(
      Plans plans,
      CaseHeading headings,
      PdfDocuments pdfs,
      MessageSource messages,
      DisplayDates dates) {
    this.dates = dates;
    this.plans = plans;
    this.headings = headings;
    this.pdfs = pdfs;
    this.messages = messages;
  }

  @InitBinder("commentForm")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields(CommentForm.FIELDS);
  }

  @GetMapping("/cases/{caseId}/plan/young-person")
  String page(@PathVariable String caseId, Model model) {
    model.addAttribute("commentForm", new CommentForm());
    return page(model, CaseIds.parse(caseId));
  }

  @PostMapping("/cases/{caseId}/plan/young-person/comments")
  String comment(
      @PathVariable String caseId,
      @ModelAttribute("commentForm") CommentForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CaseId id = CaseIds.parse(caseId);
    UUID key = form.validate(result);
    if (result.hasErrors()) {
      return page(model, id);
    }
    plans.addComment(id, form.getComment().strip(), Checks.blankToNull(form.getHowGathered()), key);
    redirect.addFlashAttribute("commentSaved", true);
    return "redirect:/cases/" + id + "/plan/young-person";
  }

  @GetMapping("/cases/{caseId}/plan/young-person.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String caseId) {
    PlanView plan = plans.view(CaseIds.parse(caseId), AuditAction.EXPORT);
    CaseHeading.Heading heading = headings.of(plan.kase());
    String title =
        messages.getMessage(
            "plan.youngPerson.pdfTitle",
            new Object[] {heading.name()},
            LocaleContextHolder.getLocale());
    byte[] pdf =
        pdfs.render(
            "cases/plan/young-person-pdf",
            title,
            Map.of("plan", plan, "heading", heading, "dates", dates));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename("my-plan.pdf").build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(pdf);
  }

  private String page(Model model, CaseId id) {
    PlanView plan = plans.view(id, AuditAction.VIEW);
    model.addAttribute("plan", plan);
    model.addAttribute("heading", headings.of(plan.kase()));
    model.addAttribute("sections", PlanSection.values());
    return "cases/plan/young-person";
  }
}
