package uk.harbour.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a session may sit idle ({@code harbour.session.idle-timeout}) and how long before the
 * end the warning appears ({@code harbour.session.warn-before}).
 */
@ConfigurationProperties("harbour.session")
record SessionTimeoutProperties(
    @DefaultValue("15m") Duration idleTimeout, @DefaultValue("2m") Duration warnBefore) {

  public long idleSeconds() {
    return idleTimeout.toSeconds();
  }

  /** Never more than the idle time itself. */
  public long warnSeconds() {
    return Math.min(warnBefore.toSeconds(), idleTimeout.toSeconds());
  }
}
