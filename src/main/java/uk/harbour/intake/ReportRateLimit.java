package uk.harbour.intake;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.shared.AddressHash;

/**
 * How many public reports each client address has sent in the current window, counted in PostgreSQL
 * so that every Harbour instance shares the count. The address itself is never stored: only a
 * SHA-256 of it with a random salt the database holds, and rows go once their window ends.
 */
@Component
class ReportRateLimit {

  private final ReportRateLimitRepository limits;
  private final ReportProperties properties;
  private final Clock clock;
  private final AddressHash hash;

  ReportRateLimit(ReportRateLimitRepository limits, ReportProperties properties, Clock clock) {
    this.limits = limits;
    this.properties = properties;
    this.clock = clock;
    this.hash = new AddressHash(limits::salt);
  }

  /**
   * Counts one report from this address and says whether it is within the limit. Atomic across
   * instances: two reports at the same moment are both counted.
   */
  @Transactional
  boolean allow(String clientAddress) {
    Instant window = windowStart(clock.instant());
    limits.deleteBefore(window);
    int count = limits.countOne(hash(clientAddress), window);
    return count <= properties.maxPerAddress();
  }

  private Instant windowStart(Instant now) {
    long size = Math.max(1, properties.window().toMillis());
    return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
  }

  String hash(String clientAddress) {
    return hash.of(clientAddress);
  }
}
