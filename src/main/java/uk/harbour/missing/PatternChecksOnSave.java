package uk.harbour.missing;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After an episode is saved, in the saving transaction: the repeat missing rule (when it was
 * recorded or its times changed) and the check for places and people recurring across children
 * (whenever its details could have changed: recorded, changed, returned, changed kind).
 */
@Component
class PatternChecksOnSave {

  private final RepeatMissingCheck repeatMissing;
  private final RecurrenceCheck recurrence;

  PatternChecksOnSave(RepeatMissingCheck repeatMissing, RecurrenceCheck recurrence) {
    this.repeatMissing = repeatMissing;
    this.recurrence = recurrence;
  }

  @EventListener
  void on(MissingEpisodeChanged changed) {
    switch (changed.change()) {
      case RECORDED, UPDATED -> {
        repeatMissing.check(changed.child(), changed.episode());
        recurrence.check(changed.episode());
      }
      case RETURNED, KIND_CHANGED -> recurrence.check(changed.episode());
      default -> {}
    }
  }
}
