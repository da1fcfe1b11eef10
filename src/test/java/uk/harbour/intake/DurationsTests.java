package uk.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class DurationsTests {

  private final Durations durations = new Durations(messages());

  @Test
  void describesTimeWaitedInWords() {
    assertThat(durations.describe(Duration.ofSeconds(20))).isEqualTo("less than a minute");
    assertThat(durations.describe(Duration.ofMinutes(1))).isEqualTo("1 minute");
    assertThat(durations.describe(Duration.ofMinutes(35))).isEqualTo("35 minutes");
    assertThat(durations.describe(Duration.ofMinutes(61))).isEqualTo("1 hour");
    assertThat(durations.describe(Duration.ofHours(5))).isEqualTo("5 hours");
    assertThat(durations.describe(Duration.ofHours(24))).isEqualTo("1 day");
    assertThat(durations.describe(Duration.ofHours(25))).isEqualTo("1 day 1 hour");
    assertThat(durations.describe(Duration.ofHours(51))).isEqualTo("2 days 3 hours");
    assertThat(durations.describe(Duration.ofMinutes(-5))).isEqualTo("less than a minute");
    assertThat(durations.describe(null)).isEmpty();
  }

  static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages/intake");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }
}
