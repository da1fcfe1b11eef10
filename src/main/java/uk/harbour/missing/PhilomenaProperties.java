package uk.harbour.missing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the Philomena profile.
 *
 * @param confirmWithin how long a profile stays current after someone confirms it; older ones are
 *     shown with a warning to check it again
 * @param photoMaxSize the largest photograph accepted
 * @param photoMaxPixels the largest width or height accepted, so a small file cannot unpack into an
 *     enormous image
 */
@ConfigurationProperties("harbour.missing.philomena")
record PhilomenaProperties(
    @DefaultValue("90d") Duration confirmWithin,
    @DefaultValue("5MB") DataSize photoMaxSize,
    @DefaultValue("6000") int photoMaxPixels) {}
