package uk.harbour.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.missing.RepeatMissingReached;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;

/**
 * Repeated missing episodes ask for a strategy discussion or trigger plan on the child's open (or
 * stepped-down) case: the missing module says the threshold was reached ({@link
 * RepeatMissingReached}); this raises one prompt for the run of episodes, writes it in the
 * chronology and keeps it on the case page and the team's work lists until someone records that it
 * was held, and what was decided, or why not. A child with no active case gets no prompt (there is
 * no case to hold it; their episodes still show on the missing pages).
 */
@Service
class RepeatMissingPrompts {

  private final RepeatMissingPromptRepository repository;
  private final Cases cases;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  RepeatMissingPrompts(
      RepeatMissingPromptRepository repository,
      Cases cases,
      CurrentUser currentUser,
      Clock clock,
      ApplicationEventPublisher events) {
    this.repository = repository;
    this.cases = cases;
    this.currentUser = currentUser;
    this.clock = clock;
    this.events = events;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void on(RepeatMissingReached reached) {
    repository
        .activeCaseOf(reached.child())
        .ifPresent(
            caseId -> {
              UUID id = UUID.randomUUID();
              Instant now = clock.instant();
              if (repository.raise(
                  id,
                  caseId,
                  reached.child(),
                  reached.episode(),
                  reached.count(),
                  reached.days(),
                  reached.firstStart(),
                  reached.lastStart(),
                  now)) {
                events.publishEvent(
                    RepeatMissingPromptChanged.raised(caseId, id, reached.count(), reached.days()));
                events.publishEvent(
                    new CaseActivity(
                        caseId,
                        CaseActivity.Kind.MISSING_EPISODE,
                        "Missing "
                            + reached.count()
                            + " times in "
                            + reached.days()
                            + " days: a strategy discussion or trigger plan is needed",
                        now,
                        "/cases/" + caseId + "#repeat-missing"));
              }
            });
  }

  /** The case's prompts, newest first; the caller has checked the user may see the case. */
  List<RepeatMissingPrompt> of(CaseId caseId) {
    return repository.of(caseId);
  }

  /** A prompt and the case's child, for the form that records it. */
  record ToRecord(RepeatMissingPrompt prompt, ChildId child) {}

  /** A prompt on the case, for the form that records it (checks the user may change the case). */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  ToRecord requireToRecord(CaseId caseId, UUID prompt) {
    CaseSummary kase = cases.requireCaseToChange(caseId);
    return new ToRecord(
        repository
            .find(caseId, prompt)
            .orElseThrow(() -> new RecordNotFoundException(Cases.RECORD_TYPE)),
        kase.child());
  }

  /**
   * Records that the discussion or trigger plan was held, on a day, with what was decided, or that
   * it was not held and why.
   *
   * @throws StaleRecordException if someone recorded it, or changed it, since the form was opened
   */
  @Transactional(noRollbackFor = RecordNotFoundException.class)
  void record(
      CaseId caseId,
      UUID prompt,
      int version,
      RepeatMissingPrompt.Outcome outcome,
      @Nullable LocalDate heldOn,
      String note) {
    cases.requireCaseToChange(caseId);
    RepeatMissingPrompt found =
        repository
            .find(caseId, prompt)
            .orElseThrow(() -> new RecordNotFoundException(Cases.RECORD_TYPE));
    HarbourUser me = currentUser.require();
    Instant now = clock.instant();
    LocalDate day = outcome.held() ? heldOn : null;
    if (!repository.record(prompt, version, outcome, day, note, me.id(), me.displayName(), now)) {
      RepeatMissingPrompt current = repository.find(caseId, prompt).orElse(found);
      throw new StaleRecordException(current.recordedByName(), current.recordedAt());
    }
    events.publishEvent(RepeatMissingPromptChanged.recorded(caseId, prompt, outcome));
    String summary =
        outcome.held()
            ? (outcome == RepeatMissingPrompt.Outcome.TRIGGER_PLAN
                    ? "Trigger plan agreed after repeated missing episodes"
                    : "Strategy discussion held after repeated missing episodes")
                + ": "
                + note
            : "Strategy discussion after repeated missing episodes not held: " + note;
    events.publishEvent(
        day == null
            ? new CaseActivity(caseId, CaseActivity.Kind.MISSING_EPISODE, summary, now, null)
            : CaseActivity.onDate(caseId, CaseActivity.Kind.MISSING_EPISODE, summary, day, null));
  }

  /** Today in the UK, for the form's checks. */
  LocalDate today() {
    return LocalDate.now(clock.withZone(DisplayDates.ZONE));
  }
}
