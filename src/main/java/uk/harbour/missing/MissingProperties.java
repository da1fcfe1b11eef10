package uk.harbour.missing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of missing episodes.
 *
 * @param returnInterviewDue how long after a child's return their return interview is due (the
 *     statutory guidance's 72 hours by default)
 */
@ConfigurationProperties("harbour.missing")
record MissingProperties(@DefaultValue("72h") Duration returnInterviewDue) {}
