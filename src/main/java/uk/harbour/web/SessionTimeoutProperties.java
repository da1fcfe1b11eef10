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

  /**
   * How long the page counts down from its last request before it opens the sign-in page: the idle
   * timeout plus 4 seconds. The session store keeps a session up to 3 seconds past the idle timeout
   * (it writes the time of last use in the background: {@code accesscontrol.signin.SessionStore});
   * opening the sign-in page any sooner could find the session still alive and send the user home.
   */
  public long idleSeconds() {
    return idleTimeout.toSeconds() + PAGE_WAITS_PAST_IDLE_SECONDS;
  }

  static final long PAGE_WAITS_PAST_IDLE_SECONDS = 4;

  /** Never more than the idle time itself. */
  public long warnSeconds() {
    return Math.min(warnBefore.toSeconds(), idleSeconds());
  }
}
