package uk.harbour.missing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When going missing again is a pattern that calls for a strategy discussion: this many episodes
 * starting within this many days ({@code HARBOUR_MISSING_REPEAT_EPISODES}, {@code
 * HARBOUR_MISSING_REPEAT_DAYS}; 3 in 90 by default).
 */
@ConfigurationProperties("harbour.missing.repeat")
record RepeatMissingProperties(@DefaultValue("3") int episodes, @DefaultValue("90") int days) {

  RepeatMissingProperties {
    if (episodes < 2) {
      throw new IllegalArgumentException("harbour.missing.repeat.episodes must be 2 or more");
    }
    if (days < 1) {
      throw new IllegalArgumentException("harbour.missing.repeat.days must be 1 or more");
    }
  }

  RepeatMissingRule rule() {
    return new RepeatMissingRule(episodes, days);
  }
}
