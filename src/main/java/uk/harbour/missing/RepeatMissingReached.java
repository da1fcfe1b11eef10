package uk.harbour.missing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.shared.ChildId;

/**
 * A child's missing episodes reached the repeat missing threshold ({@code harbour.missing.repeat}):
 * {@code count} episodes started between {@code firstStart} and {@code lastStart}, within {@code
 * days} days. Published once for each run of episodes, by the episode that completed the window
 * (recorded now, or recorded late with an earlier start). The cases module listens and asks for a
 * strategy discussion on the child's open case. Audited as a review of the episode that crossed it.
 *
 * @param episode the episode that brought the count up to the threshold
 * @param threshold the number of episodes that makes a repeat
 */
public record RepeatMissingReached(
    ChildId child,
    UUID episode,
    int count,
    int threshold,
    int days,
    Instant firstStart,
    Instant lastStart)
    implements AuditedEvent {

  /** The audit record type of a missing episode. */
  static final String EPISODE = MissingEpisode.RECORD_TYPE;

  public RepeatMissingReached {
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(episode, "episode");
    Objects.requireNonNull(firstStart, "firstStart");
    Objects.requireNonNull(lastStart, "lastStart");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(AuditAction.REVIEW, EPISODE, episode)
            .withDetail(
                "repeat missing: "
                    + count
                    + " episodes in "
                    + days
                    + " days (threshold "
                    + threshold
                    + ")")
            .withChildren(List.of(child)));
  }
}
