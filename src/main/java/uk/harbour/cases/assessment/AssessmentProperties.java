package uk.harbour.cases.assessment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of assessments.
 *
 * @param dueWorkingDays the first assessment is due this many working days (Monday to Friday) after
 *     the case opened
 * @param reviewDueWorkingDays a review prompted by something new on the case is due this many
 *     working days after the first thing that prompted it
 */
@ConfigurationProperties("harbour.assessment")
record AssessmentProperties(
    @DefaultValue("45") int dueWorkingDays, @DefaultValue("10") int reviewDueWorkingDays) {}
