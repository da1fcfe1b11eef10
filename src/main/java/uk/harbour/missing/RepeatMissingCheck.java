package uk.harbour.missing;

import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.harbour.shared.ChildId;

/**
 * After an episode is recorded, or its times change, applies the repeat missing rule to the child's
 * episodes and, when this episode completes a run that reaches the threshold, says so ({@link
 * RepeatMissingReached}); the cases module asks for a strategy discussion. Runs in the saving
 * transaction ({@link PatternChecksOnSave}); one indexed read of the child's episode starts.
 */
@Component
class RepeatMissingCheck {

  private final RepeatMissingRepository repository;
  private final RepeatMissingProperties properties;
  private final ApplicationEventPublisher events;

  RepeatMissingCheck(
      RepeatMissingRepository repository,
      RepeatMissingProperties properties,
      ApplicationEventPublisher events) {
    this.repository = repository;
    this.properties = properties;
    this.events = events;
  }

  /** Applies the rule after the child's episode was recorded or its times changed. */
  void check(ChildId child, EpisodeId episode) {
    List<RepeatMissingRepository.Start> episodes = repository.startsOf(child);
    int index = -1;
    for (int i = 0; i < episodes.size(); i++) {
      if (episodes.get(i).episode().equals(episode.value())) {
        index = i;
      }
    }
    if (index < 0) {
      return;
    }
    List<Instant> starts = episodes.stream().map(RepeatMissingRepository.Start::at).toList();
    RepeatMissingRule rule = properties.rule();
    rule.reachedWith(starts, index)
        .ifPresent(
            crossing ->
                events.publishEvent(
                    new RepeatMissingReached(
                        child,
                        episodes.get(crossing.episodeIndex()).episode(),
                        crossing.count(),
                        rule.episodes(),
                        rule.days(),
                        crossing.firstStart(),
                        crossing.lastStart())));
  }
}
