package uk.harbour.cases;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;

/**
 * A case asked for a strategy discussion after repeated missing episodes, or someone recorded what
 * became of the request. Only the audit hears it: a change to the case, naming the prompt and, once
 * recorded, the outcome (never the note's words).
 */
record RepeatMissingPromptChanged(CaseId caseId, UUID prompt, String change)
    implements AuditedEvent {

  static final String RAISED = "raised";

  RepeatMissingPromptChanged {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(change, "change");
  }

  static RepeatMissingPromptChanged raised(CaseId caseId, UUID prompt, int episodes, int days) {
    return new RepeatMissingPromptChanged(
        caseId, prompt, RAISED + " (" + episodes + " episodes in " + days + " days)");
  }

  static RepeatMissingPromptChanged recorded(
      CaseId caseId, UUID prompt, RepeatMissingPrompt.Outcome outcome) {
    return new RepeatMissingPromptChanged(caseId, prompt, "recorded: " + outcome);
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(AuditAction.CHANGE, Cases.RECORD_TYPE, caseId)
            .withDetail("repeat missing strategy discussion " + prompt + " " + change));
  }
}
