package uk.harbour.accesscontrol;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/** The notifications behind {@link Notifications}. */
@Repository
class NotificationRepository {

  private final JdbcClient jdbc;

  NotificationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(
      UserId recipient,
      String kind,
      @Nullable ChildId child,
      UUID subject,
      String message,
      Instant now,
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
            Timestamp.from(now),
            link)
        .update();
  }

  /** The recipient's notifications, newest first, at most 200. */
  List<Notifications.Notification> newestFor(UserId recipient) {
    return jdbc.sql(
            "SELECT id, kind, child_id, message, created_at, read_at, link FROM notification"
                + " WHERE recipient_id = ? ORDER BY created_at DESC LIMIT 200")
        .param(recipient.value())
        .query(
            (rs, n) -> {
              UUID child = rs.getObject("child_id", UUID.class);
              return new Notifications.Notification(
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

  int unreadCount(UserId recipient) {
    return jdbc.sql("SELECT count(*) FROM notification WHERE recipient_id = ? AND read_at IS NULL")
        .param(recipient.value())
        .query(Integer.class)
        .single();
  }

  void markAllRead(UserId recipient, Instant now) {
    jdbc.sql("UPDATE notification SET read_at = ? WHERE recipient_id = ? AND read_at IS NULL")
        .params(Timestamp.from(now), recipient.value())
        .update();
  }
}
