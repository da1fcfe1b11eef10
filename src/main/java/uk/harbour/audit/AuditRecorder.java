package uk.harbour.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.accesscontrol.Role;
import uk.harbour.shared.AuditHints;
import uk.harbour.shared.Audited;

/**
 * Writes every {@link Audited} event to the audit trail, in the publisher's thread and in the
 * publisher's transaction, adding who, when and where. Any failure propagates: it marks the
 * publisher's transaction for rollback, so the work cannot commit without its audit event.
 *
 * <p>Propagation is {@code MANDATORY}, not {@code REQUIRED}: publishing outside a transaction is a
 * bug (the work and its event would commit separately), and {@code MANDATORY} makes that bug fail
 * at once instead of quietly writing the event on its own. Code with no other work to do, such as
 * recording a failed sign-in, opens a transaction just for the event.
 */
@Component
class AuditRecorder {

  static final String ANONYMOUS = "anonymous";

  private final AuditLog log;
  private final CurrentUser currentUser;
  private final Clock clock;

  AuditRecorder(AuditLog log, CurrentUser currentUser, Clock clock) {
    this.log = log;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(Audited event) {
    if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      throw new IllegalStateException(
          "Audited events must be published in a read-write transaction; remove readOnly = true"
              + " from the transaction that published "
              + event);
    }
    Optional<HarbourUser> user = currentUser.get();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    HttpServletRequest request = currentRequest();
    boolean keepWhere =
        request != null
            && !Boolean.TRUE.equals(request.getAttribute(AuditHints.ANONYMOUS_REPORTER));
    log.append(
        new StoredEvent(
            0,
            UUID.randomUUID(),
            now,
            user.map(u -> u.id().value()).orElse(null),
            user.map(HarbourUser::username).orElse(ANONYMOUS),
            user.map(u -> u.agencyId().value()).orElse(null),
            user.map(HarbourUser::agencyName).orElse(null),
            user.map(AuditRecorder::roles).orElse(null),
            event.action().name(),
            event.recordType(),
            event.recordId(),
            event.outcome().name(),
            keepWhere ? request.getRemoteAddr() : null,
            keepWhere ? sessionRef(request) : null,
            event.reason(),
            event.detail(),
            null,
            null));
  }

  private static String roles(HarbourUser user) {
    return user.roles().stream()
        .map(Role::name)
        .sorted(Comparator.naturalOrder())
        .collect(Collectors.joining(","));
  }

  /** A SHA-256 of the session id: enough to group one session's events, useless to hijack it. */
  private static String sessionRef(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : AuditHash.sha256Hex(session.getId());
  }

  private static HttpServletRequest currentRequest() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
  }
}
