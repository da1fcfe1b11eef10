package uk.harbour.cases.chronology;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.harbour.cases.CaseId;
import uk.harbour.cases.CaseLanguage;
import uk.harbour.cases.Cases;
import uk.harbour.people.Children;
import uk.harbour.shared.AuditAction;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.PageNumber;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.web.PdfDocuments;

/** The chronology: list with filters, print view, PDF, new entries, the young person's view. */
@Controller
class ChronologyController {

  private final Chronology chronology;
  private final CaseLanguage language;
  private final Children children;
  private final PdfDocuments pdfs;
  private final DisplayDates dates;
  private final Clock clock;

  ChronologyController(
      Chronology chronology,
      Children children,
      PdfDocuments pdfs,
      DisplayDates dates,
      Clock clock,
      CaseLanguage language) {
    this.chronology = chronology;
    this.language = language;
    this.children = children;
    this.pdfs = pdfs;
    this.dates = dates;
    this.clock = clock;
  }

  @InitBinder("filter")
  void filterFields(WebDataBinder binder) {
    binder.setAllowedFields(
        "kind", "significance", "fromDay", "fromMonth", "fromYear", "toDay", "toMonth", "toYear");
  }

  @InitBinder("entry")
  void entryFields(WebDataBinder binder) {
    binder.setAllowedFields(
        "entryId",
        "occurredDay",
        "occurredMonth",
        "occurredYear",
        "whatHappened",
        "significance",
        "source");
  }

  @InitBinder("perspective")
  void perspectiveFields(WebDataBinder binder) {
    binder.setAllowedFields("view", "version");
  }

  @GetMapping("/cases/{caseId}/chronology")
  String list(
      @PathVariable String caseId,
      @ModelAttribute("filter") ChronologyFilter filter,
      BindingResult result,
      @RequestParam(required = false) String page,
      Model model) {
    filter.validate(result);
    ChronologyFilter applied = result.hasErrors() ? new ChronologyFilter() : filter;
    Chronology.Listing listing =
        chronology.page(CaseId.parse(caseId), applied, PageNumber.parse(page));
    String query = applied.query();
    String base = "/cases/" + caseId + "/chronology" + query + (query.isEmpty() ? "?" : "&");
    model.addAttribute(
        "previousHref", listing.hasPrevious() ? base + "page=" + (listing.page() - 1) : null);
    model.addAttribute(
        "nextHref", listing.hasNext() ? base + "page=" + (listing.page() + 1) : null);
    return listing(caseId, applied, listing, model, "cases/chronology");
  }

  @GetMapping("/cases/{caseId}/chronology/print")
  String print(
      @PathVariable String caseId,
      @ModelAttribute("filter") ChronologyFilter filter,
      BindingResult result,
      Model model) {
    filter.validate(result);
    ChronologyFilter applied = result.hasErrors() ? new ChronologyFilter() : filter;
    Chronology.Listing listing = chronology.all(CaseId.parse(caseId), applied, AuditAction.VIEW);
    return listing(caseId, applied, listing, model, "cases/chronology-print");
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
    model.addAttribute("filterQuery", applied.query());
    model.addAttribute("filtered", applied.active());
    return view;
  }

  @GetMapping("/cases/{caseId}/chronology.pdf")
  ResponseEntity<byte[]> pdf(
      @PathVariable String caseId,
      @ModelAttribute("filter") ChronologyFilter filter,
      BindingResult result) {
    filter.validate(result);
    ChronologyFilter applied = result.hasErrors() ? new ChronologyFilter() : filter;
    Chronology.Listing listing = chronology.all(CaseId.parse(caseId), applied, AuditAction.EXPORT);
    var child = listing.child();
    Map<String, Object> model = new HashMap<>();
    model.put("listing", listing);
    model.put("child", child);
    model.put("dates", dates);
    model.put("filtered", applied.active());
    byte[] pdf = pdfs.render("cases/chronology-pdf", "Chronology " + child.reference(), model);
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

  @GetMapping("/cases/{caseId}/chronology/new")
  String newEntry(@PathVariable String caseId, Model model) {
    model.addAttribute("entry", new EntryForm());
    return entryPage(caseId, model);
  }

  @PostMapping("/cases/{caseId}/chronology/new")
  String add(
      @PathVariable String caseId,
      @ModelAttribute("entry") EntryForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CaseId id = CaseId.parse(caseId);
    form.validate(result, LocalDate.now(clock.withZone(DisplayDates.ZONE)));
    UUID entryId = form.id();
    if (entryId == null) {
      form.setEntryId(UUID.randomUUID().toString());
      entryId = form.id();
    }
    if (result.hasErrors()) {
      return entryPage(caseId, model);
    }
    chronology.add(id, entryId, form);
    redirect.addFlashAttribute("chronologyMessage", "cases.chronology.added");
    language.afterSave(
        redirect,
        id,
        List.of(
            new CaseLanguage.Field(
                "whatHappened", "cases.chronology.whatHappened", form.getWhatHappened()),
            new CaseLanguage.Field("source", "cases.chronology.source", form.getSource())),
        null,
        "/cases/" + id + "/chronology");
    return "redirect:/cases/" + id + "/chronology";
  }

  @GetMapping("/cases/{caseId}/chronology/{entryId}/perspective")
  String perspectivePage(@PathVariable String caseId, @PathVariable String entryId, Model model) {
    ChronologyEntry entry = chronology.entry(CaseId.parse(caseId), parseEntry(entryId));
    PerspectiveForm form = new PerspectiveForm();
    form.setView(entry.youngPersonView());
    form.setVersion(entry.version());
    model.addAttribute("perspective", form);
    return perspectivePage(caseId, entry, model);
  }

  @PostMapping("/cases/{caseId}/chronology/{entryId}/perspective")
  String addPerspective(
      @PathVariable String caseId,
      @PathVariable String entryId,
      @ModelAttribute("perspective") PerspectiveForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CaseId id = CaseId.parse(caseId);
    UUID entry = parseEntry(entryId);
    form.validate(result);
    if (result.hasErrors()) {
      return perspectivePage(caseId, chronology.entry(id, entry), model);
    }
    chronology.addPerspective(id, entry, form.getVersion(), form.getView());
    redirect.addFlashAttribute("chronologyMessage", "cases.chronology.perspectiveAdded");
    return "redirect:/cases/" + id + "/chronology";
  }

  private String entryPage(String caseId, Model model) {
    var theCase = chronology.caseFor(CaseId.parse(caseId));
    model.addAttribute("caseId", caseId);
    model.addAttribute("child", children.view(theCase.child()));
    model.addAttribute("significances", Significance.values());
    return "cases/chronology-entry";
  }

  private String perspectivePage(String caseId, ChronologyEntry entry, Model model) {
    model.addAttribute("caseId", caseId);
    model.addAttribute("chronologyEntry", entry);
    return "cases/chronology-perspective";
  }

  private static UUID parseEntry(String raw) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw new RecordNotFoundException(Cases.RECORD_TYPE);
    }
  }
}
