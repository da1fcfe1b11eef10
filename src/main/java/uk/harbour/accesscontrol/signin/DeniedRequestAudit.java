package uk.harbour.accesscontrol.signin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.harbour.shared.AuditAction;
import uk.harbour.shared.Audited;

/**
 * Records a request the security rules refused (a signed-in user asking for a page their roles do
 * not allow) in the audit trail, in a transaction of its own since no other work happens.
 */
@Component
class DeniedRequestAudit {

  static final String RECORD_TYPE = "page";

  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  DeniedRequestAudit(ApplicationEventPublisher events, TransactionTemplate transaction) {
    this.events = events;
    this.transaction = transaction;
  }

  void record(HttpServletRequest request) {
    String path = request.getRequestURI();
    transaction.executeWithoutResult(
        status ->
            events.publishEvent(
                Audited.denied(AuditAction.ACCESS_DENIED, RECORD_TYPE, path)
                    .withDetail(request.getMethod())));
  }
}
