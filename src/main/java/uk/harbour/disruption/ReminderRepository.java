package uk.harbour.disruption;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders coming up to expiry, and the reminders already sent about them. */
@Repository
class ReminderRepository {

  private final JdbcClient jdbc;

  ReminderRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Activities still in force (no outcome, or served) that expire from {@code today} to {@code
   * latest}, with the lead times already reminded for their present expiry date, per recipient.
   */
  List<Expiring> expiring(LocalDate today, LocalDate latest) {
    return jdbc.sql(
            """
            SELECT a.id, a.expires_on,
                   coalesce((SELECT string_agg(r.sent_to::text || ':' || r.days_before, ',')
                               FROM disruption_reminder_sent r
                              WHERE r.activity_id = a.id AND r.expires_on = a.expires_on), '')
                     AS sent
              FROM disruption_activity a
             WHERE a.expires_on BETWEEN ? AND ?
               AND (a.outcome IS NULL OR a.outcome = 'SERVED')
             ORDER BY a.expires_on, a.id
            """)
        .params(Date.valueOf(today), Date.valueOf(latest))
        .query(
            (rs, n) ->
                new Expiring(
                    new DisruptionId(rs.getObject("id", UUID.class)),
                    rs.getDate("expires_on").toLocalDate(),
                    List.of(rs.getString("sent").split(",")).stream()
                        .filter(s -> !s.isBlank())
                        .map(Sent::parse)
                        .toList()))
        .list();
  }

  /**
   * Records a reminder; false if one for this lead time and expiry date was already recorded for
   * this recipient.
   */
  boolean record(
      DisruptionId id, int daysBefore, LocalDate expiresOn, UUID sentTo, Instant sentAt) {
    return jdbc.sql(
                """
                INSERT INTO disruption_reminder_sent (activity_id, days_before, expires_on,
                       sent_to, sent_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """)
            .params(id.value(), daysBefore, Date.valueOf(expiresOn), sentTo, Timestamp.from(sentAt))
            .update()
        == 1;
  }

  int sentFor(DisruptionId id) {
    return jdbc.sql("SELECT count(*) FROM disruption_reminder_sent WHERE activity_id = ?")
        .param(id.value())
        .query(Integer.class)
        .single();
  }

  /** An order coming up to expiry and the lead times already reminded, and to whom. */
  record Expiring(DisruptionId id, LocalDate expiresOn, List<Sent> sent) {

    /** Whether this lead time was already reminded to this person. */
    boolean sentTo(UUID recipient, int daysBefore) {
      return sent.stream().anyMatch(s -> s.to().equals(recipient) && s.daysBefore() == daysBefore);
    }
  }

  /** One reminder already sent: to whom and for which lead time. */
  record Sent(UUID to, int daysBefore) {
    static Sent parse(String recipientAndDays) {
      int colon = recipientAndDays.indexOf(':');
      return new Sent(
          UUID.fromString(recipientAndDays.substring(0, colon)),
          Integer.parseInt(recipientAndDays.substring(colon + 1)));
    }
  }
}
