package uk.harbour.cases.plan;

import java.time.Instant;

/** The young person's comment on their plan, in their own words. */
public record PlanComment(
    String comment, String howGathered, Instant recordedAt, String recordedByName) {}
