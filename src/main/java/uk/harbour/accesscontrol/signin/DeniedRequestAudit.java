package uk.harbour.accesscontrol.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;

/**
 * Records a request the security rules refused (a signed-in user asking for a page their roles do
 * not allow) in the audit trail, in a transaction of its own since no other work happens. A refused
 * page of a child's record or of a case is recorded against that child or case, so it shows in the
 * child's "who has seen this record"; any other page against the page's path.
 */
@Component
class DeniedRequestAudit {

  static final String RECORD_TYPE = "page";

  private static final Pattern RECORD_PAGE =
      Pattern.compile(
          "^/(children|cases)/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
              + "-[0-9a-fA-F]{12})(/.*)?$");

  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  DeniedRequestAudit(ApplicationEventPublisher events, TransactionTemplate transaction) {
    this.events = events;
    this.transaction = transaction;
  }

  void record(HttpServletRequest request) {
    Audited event = refusal(request.getMethod(), request.getRequestURI());
    transaction.executeWithoutResult(status -> events.publishEvent(event));
  }

  static Audited refusal(String method, String path) {
    Matcher record = RECORD_PAGE.matcher(path);
    if (record.matches()) {
      String type = record.group(1).equals("children") ? "child" : "case";
      return Audited.denied(AuditAction.ACCESS_DENIED, type, record.group(2).toLowerCase())
          .withDetail(method + " " + path);
    }
    return Audited.denied(AuditAction.ACCESS_DENIED, RECORD_TYPE, path).withDetail(method);
  }
}
