package uk.harbour.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the screening queue.
 *
 * @param highlightAfter a concern waiting longer than this for a decision is highlighted
 * @param queueLimit the queue page shows at most this many concerns, in queue order (danger now
 *     first, then oldest first), and says how many more wait
 */
@ConfigurationProperties("harbour.screening")
record ScreeningProperties(
    @DefaultValue("24h") Duration highlightAfter, @DefaultValue("500") int queueLimit) {

  ScreeningProperties {
    if (queueLimit < 1) {
      throw new IllegalArgumentException("harbour.screening.queue-limit must be at least 1");
    }
  }
}
