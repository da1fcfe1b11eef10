package uk.harbour.cases.assessment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of assessments.
 *
 * @param dueWorkingDays the first assessment is due this many working days (Monday to Friday) after
 *     the case opened
 */
@ConfigurationProperties("harbour.assessment")
record AssessmentProperties(@DefaultValue("45") int dueWorkingDays) {}
