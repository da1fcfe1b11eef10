package uk.harbour.cases.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of plans.
 *
 * @param reviewIntervalDays the next review is this many days after a review, unless the meeting
 *     chose another date
 */
@ConfigurationProperties("harbour.plan")
record PlanProperties(@DefaultValue("28") int reviewIntervalDays) {}
