package uk.harbour.accesscontrol;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import uk.harbour.shared.AuditAction;
import uk.harbour.shared.AuditOutcome;
import uk.harbour.shared.Audited;
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

  private final JdbcClient jdbc;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Notifications(
      JdbcClient jdbc, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
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
    jdbc.sql(
            "INSERT INTO notification (id, recipient_id, kind, child_id, subject_id, message,"
                + " created_at, link) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            UUID.randomUUID(),
            recipient.value(),
            kind,
            child == null ? null : child.value(),
            subject,
            message,
            Timestamp.from(clock.instant()),
            link)
        .update();
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
    return jdbc.sql(
            "SELECT id, kind, child_id, message, created_at, read_at, link FROM notification"
                + " WHERE recipient_id = ? ORDER BY created_at DESC LIMIT 200")
        .param(currentUser.require().id().value())
        .query(
            (rs, n) -> {
              UUID child = rs.getObject("child_id", UUID.class);
              return new Notification(
                  rs.getObject("id", UUID.class),
                  rs.getString("kind"),
                  child == null ? null : new ChildId(child),
                  rs.getString("message"),
                  rs.getTimestamp("created_at").toInstant(),
                  rs.getTimestamp("read_at") != null,
                  rs.getString("link"));
            })
        .list();
  }

  public int unreadCount() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null
        && request.getAttribute(UNREAD_THIS_REQUEST, RequestAttributes.SCOPE_REQUEST)
            instanceof Integer known) {
      return known;
    }
    return currentUser
        .get()
        .map(
            u ->
                jdbc.sql(
                        "SELECT count(*) FROM notification WHERE recipient_id = ? AND read_at IS NULL")
                    .param(u.id().value())
                    .query(Integer.class)
                    .single())
        .orElse(0);
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
    jdbc.sql("UPDATE notification SET read_at = ? WHERE recipient_id = ? AND read_at IS NULL")
        .params(Timestamp.from(clock.instant()), currentUser.require().id().value())
        .update();
  }
}
