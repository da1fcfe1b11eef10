package uk.harbour.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.harbour.shared.PageNumber;

/**
 * {@code GET /audit}: data protection officers search the audit trail by person (name or username),
 * action, record and dates; repeated rows are grouped and people named. The search form uses GET
 * (it changes nothing), so results pages can be linked and paged.
 */
@Controller
class AuditSearchController {

  static final String VIEW = "audit/search";
  static final String PATH = "/audit";

  private final AuditSearch search;
  private final AuditSearchValidator validator;
  private final AuditPeople people;
  private final ActionOptions actions;
  private final ZoneId zone;

  AuditSearchController(
      AuditSearch search,
      AuditSearchValidator validator,
      AuditPeople people,
      ActionOptions actions,
      AuditProperties properties) {
    this.search = search;
    this.validator = validator;
    this.people = people;
    this.actions = actions;
    this.zone = properties.displayZone();
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields(AuditSearchForm.FIELDS);
  }

  @GetMapping(PATH)
  String search(
      @ModelAttribute("form") AuditSearchForm form,
      BindingResult errors,
      @RequestParam(name = "page", required = false) String page,
      HttpServletRequest request,
      Model model) {
    model.addAttribute("actionOptions", actions.options("audit.action."));
    validator.validate(form, errors);
    if (errors.hasErrors()) {
      search.checkAccess();
      return VIEW;
    }
    int pageNumber = PageNumber.parse(page);
    AuditSearch.Results results = search.search(query(form), pageNumber);
    model.addAttribute("results", results);
    if (pageNumber > 1) {
      model.addAttribute("previousHref", link(request, pageNumber - 1));
    }
    if (results.hasNext()) {
      model.addAttribute("nextHref", link(request, pageNumber + 1));
    }
    return VIEW;
  }

  private AuditQuery query(AuditSearchForm form) {
    String person = form.personCriterion();
    return new AuditQuery(
        person == null ? null : people.usernameFor(person).orElseThrow(),
        form.actionCriterion(),
        form.recordTypeCriterion(),
        form.recordIdCriterion(),
        form.fromInstant(zone),
        form.untilInstant(zone));
  }

  /** The same search on another page: only the form's own fields are carried over. */
  private static String link(HttpServletRequest request, int page) {
    UriComponentsBuilder link = UriComponentsBuilder.fromPath(PATH);
    for (String field : AuditSearchForm.FIELDS) {
      String value = AuditSearchForm.blankToNull(request.getParameter(field));
      if (value != null) {
        link.queryParam(field, value);
      }
    }
    return link.queryParam("page", page).encode().build().toUriString();
  }
}
