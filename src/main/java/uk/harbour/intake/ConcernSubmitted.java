package uk.harbour.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * Published when a concern reaches the screening queue, from a practitioner or from the public, in
 * the same transaction.
 *
 * @param reference the reference number the reporter was given, for example CON-2026-000123
 */
public record ConcernSubmitted(UUID concernId, String reference, Instant submittedAt) {}
