package uk.harbour.cases;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for cases.
 *
 * @param reReferralWindow a new case within this period of the child's last closure is flagged as a
 *     re-referral ({@code harbour.cases.re-referral-window}, default 12 months)
 */
@ConfigurationProperties("harbour.cases")
record CaseProperties(@DefaultValue("P12M") Period reReferralWindow) {}
