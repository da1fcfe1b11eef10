package uk.harbour.cases;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.harbour.missing.MissingEpisodeChanged;

/**
 * A missing episode takes its place in the chronology of the child's open (or stepped-down) case:
 * when it was recorded, when the child returned, when it changed between missing and away, and when
 * the return interview was recorded. Written in the transaction that saved the episode, as the
 * missing module publishes the change; a child with no active case has no chronology to write to.
 */
@Component
class MissingEpisodesInChronology {

  private final CaseRepository cases;
  private final ApplicationEventPublisher events;

  MissingEpisodesInChronology(CaseRepository cases, ApplicationEventPublisher events) {
    this.cases = cases;
    this.events = events;
  }

  @EventListener
  void on(MissingEpisodeChanged changed) {
    cases
        .activeFor(changed.child())
        .ifPresent(
            c ->
                events.publishEvent(
                    new CaseActivity(
                        c.id(),
                        CaseActivity.Kind.MISSING_EPISODE,
                        summary(changed),
                        changed.at(),
                        "/missing/episodes/" + changed.episode())));
  }

  static String summary(MissingEpisodeChanged changed) {
    String kind =
        switch (changed.kind()) {
          case M -> "missing (whereabouts not known)";
          case A -> "away (whereabouts known)";
        };
    return switch (changed.change()) {
      case RECORDED -> "The young person was reported " + kind;
      case UPDATED -> "Missing episode details changed";
      case RETURNED -> "The young person returned from a missing episode";
      case KIND_CHANGED -> "The missing episode changed: the young person is now " + kind;
      case INTERVIEW_RECORDED -> "Return interview recorded: " + interviewWords(changed.words());
    };
  }

  private static String interviewWords(String outcome) {
    return switch (outcome) {
      case "HELD" -> "held";
      case "DECLINED" -> "declined by the young person";
      case "NOT_HELD" -> "not held, with the reason";
      default -> "offered";
    };
  }
}
