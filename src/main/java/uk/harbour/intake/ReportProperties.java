package uk.harbour.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on the public report page.
 *
 * @param maxPerAddress how many reports one client address may send in each {@code window}
 * @param window the length of a rate-limit window, counted from whole multiples of it
 */
@ConfigurationProperties("harbour.report")
record ReportProperties(
    @DefaultValue("5") int maxPerAddress, @DefaultValue("1h") Duration window) {}
