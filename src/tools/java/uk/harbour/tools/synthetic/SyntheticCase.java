package uk.harbour.tools.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import uk.harbour.cases.CaseStatus;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/**
 * A case for {@link CaseBulkLoad}: whose it is, its key worker, where it has got to and how much
 * history to write for it.
 *
 * @param statusChangedAt when it was stepped down or closed; null while open
 * @param statusReason why it was stepped down or closed; null while open
 * @param followUpOn the follow-up date after closure, if any
 * @param chronologyEntries how many chronology entries to write, at least 2 (opening, allocation)
 * @param voiceEntries how many of the young person's voice entries to write
 */
public record SyntheticCase(
    ChildId child,
    UserId keyWorker,
    String keyWorkerName,
    CaseStatus status,
    Instant openedAt,
    Instant statusChangedAt,
    String statusReason,
    LocalDate followUpOn,
    int chronologyEntries,
    int voiceEntries) {}
