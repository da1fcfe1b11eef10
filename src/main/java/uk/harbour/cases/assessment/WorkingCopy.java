package uk.harbour.cases.assessment;

import java.time.Instant;
import java.util.UUID;

/** The assessment as practitioners are editing it now, with its optimistic-lock version. */
record WorkingCopy(
    UUID id,
    AssessmentContent content,
    int version,
    Instant updatedAt,
    String updatedByName,
    Instant reviewPromptedAt,
    String reviewPrompt) {}
