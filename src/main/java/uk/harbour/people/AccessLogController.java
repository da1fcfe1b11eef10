package uk.harbour.people;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.audit.AccessLogFilter;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditTrail;
import uk.harbour.audit.Audited;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.PageNumber;
import uk.harbour.shared.RecordNotFoundException;

/**
 * "Who has seen this record": for the child's key worker, the key worker's managers and data
 * protection officers. Data protection officers see the log without seeing the record itself. It
 * lists every event about the child: their record, the lists and searches that showed them, their
 * case and concerns about them ({@link AuditTrail#childLog}), people by name and agency, repeats
 * grouped into one row, filtered by person, action and dates.
 */
@Controller
class AccessLogController {

  private final Children children;
  private final AccessPolicy policy;
  private final AuditTrail trail;
  private final ApplicationEventPublisher events;

  AccessLogController(
      Children children, AccessPolicy policy, AuditTrail trail, ApplicationEventPublisher events) {
    this.children = children;
    this.policy = policy;
    this.trail = trail;
    this.events = events;
  }

  @InitBinder("filter")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields(AccessLogFilter.FIELDS);
  }

  @GetMapping("/children/{id}/access-log")
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  public String accessLog(
      @PathVariable String id,
      @RequestParam(defaultValue = "1") String page,
      @ModelAttribute("filter") AccessLogFilter filter,
      BindingResult errors,
      HttpServletRequest request,
      Model model) {
    ChildId childId = Children.parseId(id);
    if (!children.exists(childId) || !policy.maySeeAccessLog(childId)) {
      events.publishEvent(
          Audited.denied(AuditAction.ACCESS_DENIED, AccessPolicy.CHILD, childId)
              .withDetail("access log"));
      throw new RecordNotFoundException(AccessPolicy.CHILD);
    }
    int current = PageNumber.parse(page);
    trail.checkFilter(filter, errors);
    AuditTrail.ChildLog log =
        trail.childLog(childId, errors.hasErrors() ? new AccessLogFilter() : filter, current);
    model.addAttribute("childId", childId);
    model.addAttribute("reference", children.referenceForBreakGlass(childId));
    model.addAttribute("log", log);
    model.addAttribute("showRows", !errors.hasErrors());
    model.addAttribute("total", trail.countAccessesToChild(childId));
    model.addAttribute("page", current);
    model.addAttribute("path", "/children/" + childId + "/access-log");
    if (current > 1 && !errors.hasErrors()) {
      model.addAttribute("previousHref", link(request, childId, current - 1));
    }
    if (log.hasNext() && !errors.hasErrors()) {
      model.addAttribute("nextHref", link(request, childId, current + 1));
    }
    model.addAttribute("maySeeRecord", policy.maySeeChild(childId));
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, AccessPolicy.CHILD, childId).withDetail("access log"));
    return "people/access-log";
  }

  /** The same filters on another page: only the filter's own fields are carried over. */
  private static String link(HttpServletRequest request, ChildId child, int page) {
    UriComponentsBuilder link = UriComponentsBuilder.fromPath("/children/{id}/access-log");
    for (String field : AccessLogFilter.FIELDS) {
      String value = request.getParameter(field);
      if (value != null && !value.isBlank()) {
        link.queryParam(field, value.strip());
      }
    }
    return link.queryParam("page", page).encode().buildAndExpand(child.toString()).toUriString();
  }
}
