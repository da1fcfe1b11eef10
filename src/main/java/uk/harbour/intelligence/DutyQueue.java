package uk.harbour.intelligence;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the duty queue holds that the screening team must not miss, for pages outside this module
 * (the screening queue): how many "risk to a person now" submissions nobody has acknowledged yet,
 * and how many of those are past their deadline. Counts only: nothing a submission says.
 */
@Service
public class DutyQueue {

  private final SubmissionRepository submissions;
  private final Clock clock;

  DutyQueue(SubmissionRepository submissions, Clock clock) {
    this.submissions = submissions;
    this.clock = clock;
  }

  /** Unacknowledged risk-now submissions waiting, and how many are overdue. */
  public record RiskNow(long waiting, long overdue) {
    public boolean any() {
      return waiting > 0;
    }
  }

  @Transactional(readOnly = true)
  public RiskNow riskNow() {
    return submissions.riskNowUnacknowledged(clock.instant());
  }
}
