package uk.harbour.audit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Shows audit times to people, in the display zone (UK time by default), to the second. Templates
 * call it as {@code ${@auditTimes.format(instant)}}.
 */
@Component("auditTimes")
class AuditTimes {

  private final DateTimeFormatter formatter;

  AuditTimes(AuditProperties properties) {
    this.formatter =
        DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK)
            .withZone(properties.displayZone());
  }

  public String format(Instant instant) {
    return instant == null ? "" : formatter.format(instant);
  }
}
