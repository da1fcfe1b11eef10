package uk.harbour.intelligence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of partner intelligence.
 *
 * @param riskNowDeadline how soon a "risk to a person now" submission must be acknowledged
 * @param queueLimit the duty queue shows at most this many submissions
 * @param networkFanOut the network follows at most this many links from one entry at each step
 */
@ConfigurationProperties("harbour.intelligence")
record IntelligenceProperties(
    @DefaultValue("1h") Duration riskNowDeadline,
    @DefaultValue("200") int queueLimit,
    @DefaultValue("100") int networkFanOut) {

  IntelligenceProperties {
    if (riskNowDeadline.isNegative() || riskNowDeadline.isZero()) {
      throw new IllegalArgumentException("harbour.intelligence.risk-now-deadline must be positive");
    }
  }
}
