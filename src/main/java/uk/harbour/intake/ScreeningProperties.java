package uk.harbour.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the screening queue.
 *
 * @param highlightAfter a concern waiting longer than this for a decision is highlighted
 */
@ConfigurationProperties("harbour.screening")
record ScreeningProperties(@DefaultValue("24h") Duration highlightAfter) {}
