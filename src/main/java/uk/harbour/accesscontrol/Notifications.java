package uk.harbour.accesscontrol;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/** Messages to users inside Harbour, such as "someone used break-glass on your young person". */
@Service
public class Notifications {

  /** One notification as its recipient sees it. */
  public record Notification(
      UUID id,
      String kind,
      @Nullable ChildId child,
      String message,
      Instant createdAt,
      boolean read,
      @Nullable String link) {}

  static final String RECORD_TYPE = "notification";

  /**
   * The request attribute holding the signed-in user's unread count, read with the user's other
   * details as the request began (the session rules read it in the same query), so the layout need
   * not ask again. Anything that changes the count in the request forgets it.
   */
  public static final String UNREAD_THIS_REQUEST = "harbour.notifications.unread";

  private final NotificationRepository repository;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Notifications(
      NotificationRepository repository,
      CurrentUser currentUser,
      Clock clock,
      ApplicationEventPublisher events) {
    this.repository = repository;
    this.currentUser = currentUser;
    this.clock = clock;
    this.events = events;
  }

  /** Sends a notification that leads to the child's access log, if it is about a child. */
  @Transactional
  public void send(
      UserId recipient, String kind, @Nullable ChildId child, UUID subject, String message) {
    send(recipient, kind, child, subject, message, null);
  }

  /**
   * Sends a notification.
   *
   * @param link the path inside Harbour the notification leads to (for example the concern it is
   *     about), or null; it must not carry personal data
   */
  @Transactional
  public void send(
      UserId recipient,
      String kind,
      @Nullable ChildId child,
      UUID subject,
      String message,
      @Nullable String link) {
    repository.insert(recipient, kind, child, subject, message, clock.instant(), link);
    forgetUnreadCount();
  }

  /**
   * The signed-in user's notifications, newest first. They can quote break-glass reasons and name
   * children, so the view is audited, and each child named sees it in their access log.
   */
  @Transactional
  public List<Notification> mine() {
    List<Notification> mine = readMine();
    events.publishEvent(
        new Audited(
                AuditAction.VIEW,
                RECORD_TYPE,
                null,
                AuditOutcome.SUCCEEDED,
                null,
                "notifications, shown " + mine.size())
            .withChildren(
                mine.stream().map(Notification::child).filter(Objects::nonNull).toList()));
    return mine;
  }

  private List<Notification> readMine() {
    return repository.newestFor(currentUser.require().id());
  }

  public int unreadCount() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null
        && request.getAttribute(UNREAD_THIS_REQUEST, RequestAttributes.SCOPE_REQUEST)
            instanceof Integer known) {
      return known;
    }
    return currentUser.get().map(u -> repository.unreadCount(u.id())).orElse(0);
  }

  private static void forgetUnreadCount() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.removeAttribute(UNREAD_THIS_REQUEST, RequestAttributes.SCOPE_REQUEST);
    }
  }

  @Transactional
  public void markAllRead() {
    forgetUnreadCount();
    repository.markAllRead(currentUser.require().id(), clock.instant());
  }
}
