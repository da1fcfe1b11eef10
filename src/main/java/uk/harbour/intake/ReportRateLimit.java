package uk.harbour.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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
  private volatile @Nullable String salt;

  ReportRateLimit(ReportRateLimitRepository limits, ReportProperties properties, Clock clock) {
    this.limits = limits;
    this.properties = properties;
    this.clock = clock;
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
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(String.valueOf(clientAddress).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String salt() {
    String s = salt;
    if (s == null) {
      s = limits.salt();
      salt = s;
    }
    return s;
  }
}
