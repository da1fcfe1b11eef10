package uk.harbour.cases;

import java.time.Instant;

/** One key worker's time with a case; {@code endedAt} is null for the current key worker. */
record Allocation(
    String keyWorkerName,
    Instant allocatedAt,
    Instant endedAt,
    String reason,
    String allocatedByName) {}
