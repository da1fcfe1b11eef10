package uk.harbour.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes every {@link Audited} event, and the records of every {@link AuditedEvent}, to the audit
 * trail, adding who, when and where, in the publisher's thread and for the publisher's transaction
 * ({@link TransactionAudit}): an event about a change is appended in that transaction, and any
 * failure propagates and marks it for rollback, so the work cannot commit without its audit event;
 * an access event (a view, search, export or refusal) is written when the transaction commits, and
 * the commit fails if it cannot be, so nothing is shown without its event.
 *
 * <p>Propagation is {@code MANDATORY}, not {@code REQUIRED}: publishing outside a transaction is a
 * bug (the work and its event would commit separately), and {@code MANDATORY} makes that bug fail
 * at once instead of quietly writing the event on its own. Code with no other work to do, such as
 * recording a failed sign-in, opens a transaction just for the event.
 */
@Component
class AuditRecorder {

  static final String ANONYMOUS = "anonymous";
  static final String CHILD = "child";

  private final AuditLogRepository log;
  private final AccessEventQueue accessEvents;
  private final AuditDirectory directory;
  private final Clock clock;
  private final List<RecordChildren> recordChildren;

  AuditRecorder(
      AuditLogRepository log,
      AccessEventQueue accessEvents,
      AuditDirectory directory,
      Clock clock,
      List<RecordChildren> recordChildren) {
    this.log = log;
    this.accessEvents = accessEvents;
    this.directory = directory;
    this.clock = clock;
    this.recordChildren = List.copyOf(recordChildren);
  }

  /**
   * A module's typed event: its audit records, each written as a published {@link Audited}, before
   * any other listener reacts to the event (what a reaction audits comes after what caused it).
   */
  @EventListener
  @Order(Ordered.HIGHEST_PRECEDENCE)
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(AuditedEvent event) {
    event.audited().forEach(this::record);
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
    Optional<AuditDirectory.Actor> user = directory.current();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    HttpServletRequest request = currentRequest();
    boolean keepWhere =
        request != null
            && !Boolean.TRUE.equals(request.getAttribute(AuditHints.ANONYMOUS_REPORTER));
    SortedSet<UUID> others = otherChildren(event);
    StoredEvent stored =
        new StoredEvent(
            0,
            UUID.randomUUID(),
            now,
            user.map(u -> u.id().value()).orElse(null),
            user.map(AuditDirectory.Actor::username).orElse(ANONYMOUS),
            user.map(u -> u.agencyId().value()).orElse(null),
            user.map(AuditDirectory.Actor::agencyName).orElse(null),
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
            null,
            others.isEmpty()
                ? null
                : others.stream().map(UUID::toString).sorted().collect(Collectors.joining(",")));
    SortedSet<UUID> all = new TreeSet<>(others);
    ownChild(event).ifPresent(all::add);
    TransactionAudit.current(log, accessEvents).record(event.action(), stored, all);
  }

  /**
   * The children the event names, and the child its record is about (asked of every module's {@link
   * RecordChildren}), less the record itself when it is a child's. They are stored sorted as text,
   * so the hashed list is the same however the publisher ordered them.
   */
  private SortedSet<UUID> otherChildren(Audited event) {
    SortedSet<UUID> children = new TreeSet<>();
    event.children().forEach(c -> children.add(c.value()));
    if (event.recordId() != null && !CHILD.equals(event.recordType())) {
      for (RecordChildren resolver : recordChildren) {
        resolver
            .childOf(event.recordType(), event.recordId())
            .ifPresent(c -> children.add(c.value()));
      }
    }
    ownChild(event).ifPresent(children::remove);
    return children;
  }

  private static Optional<UUID> ownChild(Audited event) {
    if (!CHILD.equals(event.recordType()) || event.recordId() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(event.recordId()));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  private static String roles(AuditDirectory.Actor user) {
    return user.roles().stream().sorted(Comparator.naturalOrder()).collect(Collectors.joining(","));
  }

  /** A SHA-256 of the session id: enough to group one session's events, useless to hijack it. */
  private static @Nullable String sessionRef(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : AuditHash.sha256Hex(session.getId());
  }

  private static @Nullable HttpServletRequest currentRequest() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
  }
}
