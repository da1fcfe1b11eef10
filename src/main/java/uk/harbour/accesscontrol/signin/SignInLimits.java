package uk.harbour.accesscontrol.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-address sign-in limit: once {@code harbour.sign-in.address-failure-limit} attempts from
 * one address have failed within a {@code harbour.sign-in.address-window}, that address's password
 * step refuses every further attempt until the window ends. Sign-in with the right password and
 * code together still gets through.
 */
@ConfigurationProperties("harbour.sign-in")
record SignInLimits(
    @DefaultValue("30") int addressFailureLimit, @DefaultValue("15m") Duration addressWindow) {}
