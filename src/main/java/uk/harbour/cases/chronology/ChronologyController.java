package uk.harbour.cases.chronology;

import java.util.HashMap;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;
import uk.harbour.audit.AuditAction;
import uk.harbour.cases.CaseId;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.PageNumber;
import uk.harbour.web.PdfDocuments;

/**
 * Reading the chronology: the list with filters (newest first unless chosen), and the print view
 * and the PDF with every matching entry (oldest first unless chosen, the order a court or review
 * reads), each saying which filters and order were applied.
 */
@Controller
class ChronologyController {

  private final Chronology chronology;
  private final PdfDocuments pdfs;
  private final DisplayDates dates;

  ChronologyController(Chronology chronology, PdfDocuments pdfs, DisplayDates dates) {
    this.chronology = chronology;
    this.pdfs = pdfs;
    this.dates = dates;
  }

  @InitBinder("filter")
  void filterFields(WebDataBinder binder) {
    binder.setAllowedFields(
        "kind",
        "significance",
        "fromDay",
        "fromMonth",
        "fromYear",
        "toDay",
        "toMonth",
        "toYear",
        "leaveOutRecordKeeping",
        "order");
  }

  @GetMapping("/cases/{caseId}/chronology")
  String list(
      @PathVariable String caseId,
      @ModelAttribute("filter") ChronologyFilter filter,
      BindingResult result,
      @RequestParam(required = false) String page,
      Model model) {
    ChronologyFilter applied = applied(filter, result);
    Chronology.Listing listing =
        chronology.page(CaseId.parse(caseId), applied, PageNumber.parse(page));
    String query = applied.query();
    String base = "/cases/" + caseId + "/chronology" + query + (query.isEmpty() ? "?" : "&");
    model.addAttribute(
        "previousHref", listing.hasPrevious() ? base + "page=" + (listing.page() - 1) : null);
    model.addAttribute(
        "nextHref", listing.hasNext() ? base + "page=" + (listing.page() + 1) : null);
    model.addAttribute("documentOrder", applied.orderOr(ChronologyOrder.OLDEST_FIRST));
    return listing(caseId, applied, listing, model, "cases/chronology/chronology");
  }

  @GetMapping("/cases/{caseId}/chronology/print")
  String print(
      @PathVariable String caseId,
      @ModelAttribute("filter") ChronologyFilter filter,
      BindingResult result,
      Model model) {
    ChronologyFilter applied = applied(filter, result);
    Chronology.Listing listing = chronology.all(CaseId.parse(caseId), applied, AuditAction.VIEW);
    return listing(caseId, applied, listing, model, "cases/chronology/print");
  }

  @GetMapping("/cases/{caseId}/chronology.pdf")
  ResponseEntity<byte[]> pdf(
      @PathVariable String caseId,
      @ModelAttribute("filter") ChronologyFilter filter,
      BindingResult result) {
    ChronologyFilter applied = applied(filter, result);
    Chronology.Listing listing = chronology.all(CaseId.parse(caseId), applied, AuditAction.EXPORT);
    var child = listing.child();
    Map<String, Object> model = new HashMap<>();
    model.put("listing", listing);
    model.put("child", child);
    model.put("dates", dates);
    model.put("applied", applied);
    model.put("caseId", caseId);
    byte[] pdf = pdfs.render("cases/chronology/pdf", "Chronology " + child.reference(), model);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("chronology-" + child.reference() + ".pdf")
                .build()
                .toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(pdf);
  }

  /** The filter if it is valid; otherwise none (the page shows the errors). */
  private static ChronologyFilter applied(ChronologyFilter filter, BindingResult result) {
    filter.validate(result);
    return result.hasErrors() ? new ChronologyFilter() : filter;
  }

  private String listing(
      String caseId,
      ChronologyFilter applied,
      Chronology.Listing listing,
      Model model,
      String view) {
    model.addAttribute("listing", listing);
    model.addAttribute("caseId", caseId);
    model.addAttribute("child", listing.child());
    model.addAttribute("kinds", EntryKind.values());
    model.addAttribute("significances", Significance.values());
    model.addAttribute("orders", ChronologyOrder.values());
    model.addAttribute("filterQuery", applied.query());
    model.addAttribute("filterFields", applied.fields());
    model.addAttribute("applied", applied);
    model.addAttribute("filtered", applied.active());
    return view;
  }
}
