package uk.harbour.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;

/**
 * Published when a concern reaches the screening queue, from a practitioner or from the public, in
 * the same transaction. Intake links it to a child then if the match is certain enough ({@code
 * AutoLinkOnSubmit}); the audit trail records a practitioner's submission as a change to their
 * draft and a public report as a new concern.
 *
 * @param reference the reference number the reporter was given, for example CON-2026-000123
 * @param fromPublic true for a public report, which had no draft
 */
public record ConcernSubmitted(
    UUID concernId, String reference, Instant submittedAt, boolean fromPublic)
    implements AuditedEvent {

  @Override
  public List<Audited> audited() {
    return List.of(
        fromPublic
            ? Audited.succeeded(AuditAction.CREATE, ConcernAccess.RECORD_TYPE, concernId)
                .withDetail("public report " + reference)
            : Audited.succeeded(AuditAction.CHANGE, ConcernAccess.RECORD_TYPE, concernId)
                .withDetail("submitted " + reference));
  }
}
