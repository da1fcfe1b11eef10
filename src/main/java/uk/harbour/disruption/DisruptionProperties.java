package uk.harbour.disruption;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of disruption.
 *
 * @param reminderDays how many days before an order expires its lead officer is reminded, one
 *     reminder for each
 */
@ConfigurationProperties("harbour.disruption")
record DisruptionProperties(@DefaultValue({"28", "7"}) List<Integer> reminderDays) {

  DisruptionProperties {
    reminderDays =
        reminderDays.stream().filter(d -> d != null && d >= 0).distinct().sorted().toList();
  }
}
