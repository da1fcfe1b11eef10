package uk.harbour.people;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.audit.AuditTrail;
import uk.harbour.shared.AuditAction;
import uk.harbour.shared.Audited;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.PageNumber;
import uk.harbour.shared.RecordNotFoundException;

/**
 * "Who has seen this record": for the child's key worker, the key worker's managers and data
 * protection officers. Data protection officers see the log without seeing the record itself. It
 * lists every event about the child: their record, the lists and searches that showed them, their
 * case and concerns about them ({@link AuditTrail#accessesToChild}).
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

  @GetMapping("/children/{id}/access-log")
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  public String accessLog(
      @PathVariable String id, @RequestParam(defaultValue = "1") String page, Model model) {
    ChildId childId = Children.parseId(id);
    if (!children.exists(childId) || !policy.maySeeAccessLog(childId)) {
      events.publishEvent(
          Audited.denied(AuditAction.ACCESS_DENIED, AccessPolicy.CHILD, childId)
              .withDetail("access log"));
      throw new RecordNotFoundException(AccessPolicy.CHILD);
    }
    int current = PageNumber.parse(page);
    long total = trail.countAccessesToChild(childId);
    model.addAttribute("childId", childId);
    model.addAttribute("reference", children.referenceForBreakGlass(childId));
    model.addAttribute("accesses", trail.accessesToChild(childId, current));
    model.addAttribute("page", current);
    model.addAttribute("total", total);
    model.addAttribute("hasNext", (long) current * trail.pageSize() < total);
    model.addAttribute("maySeeRecord", policy.maySeeChild(childId));
    events.publishEvent(
        Audited.succeeded(AuditAction.VIEW, AccessPolicy.CHILD, childId).withDetail("access log"));
    return "people/access-log";
  }
}
