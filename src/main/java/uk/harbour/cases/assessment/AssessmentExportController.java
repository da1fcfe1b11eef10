package uk.harbour.cases.assessment;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.harbour.audit.AuditAction;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.Indicator;
import uk.harbour.shared.IndicatorGroup;
import uk.harbour.web.PdfDocuments;

/**
 * One version of the assessment as a PDF for case files and meetings (an audited export): the
 * latest signed-off version unless another is chosen, labelled as draft, waiting or signed off.
 */
@Controller
class AssessmentExportController {

  private final Assessments assessments;
  private final CaseHeading headings;
  private final PdfDocuments pdfs;
  private final MessageSource messages;
  private final DisplayDates dates;

  AssessmentExportController(
      Assessments assessments,
      CaseHeading headings,
      PdfDocuments pdfs,
      MessageSource messages,
      DisplayDates dates) {
    this.assessments = assessments;
    this.headings = headings;
    this.pdfs = pdfs;
    this.messages = messages;
    this.dates = dates;
  }

  @GetMapping("/cases/{caseId}/assessment/export.pdf")
  ResponseEntity<byte[]> export(
      @PathVariable String caseId, @RequestParam(required = false) Integer version) {
    ShownVersion shown = assessments.shown(CaseIds.parse(caseId), version, AuditAction.EXPORT);
    AssessmentView view = shown.view();
    CaseHeading.Heading heading = headings.of(view.kase());
    String title =
        messages.getMessage(
            "assessment.pdf.title",
            new Object[] {heading.name(), heading.reference()},
            LocaleContextHolder.getLocale());
    Map<String, Object> model = new HashMap<>();
    model.put("view", view);
    model.put("shown", shown);
    model.put("heading", heading);
    model.put("dates", dates);
    model.put("sections", Narrative.Section.values());
    model.put("narrative", Narrative.values());
    model.put("indicatorGroups", IndicatorGroup.values());
    model.put("indicators", Indicator.values());
    byte[] pdf = pdfs.render("cases/assessment/export-pdf", title, model);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename(
                    shown.workingCopy()
                        ? "assessment-draft.pdf"
                        : "assessment-version-" + shown.number() + ".pdf")
                .build()
                .toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(pdf);
  }
}
