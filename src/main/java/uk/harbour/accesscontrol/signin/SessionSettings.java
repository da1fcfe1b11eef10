package uk.harbour.accesscontrol.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Session limits: {@code harbour.session.idle-timeout} (Spring Session expires idle sessions) and
 * {@code harbour.session.absolute-timeout} (the longest a sign-in lasts however busy the user is).
 */
@ConfigurationProperties("harbour.session")
record SessionSettings(
    @DefaultValue("15m") Duration idleTimeout, @DefaultValue("12h") Duration absoluteTimeout) {}
