package uk.harbour.audit;

import java.util.List;

/**
 * A module's domain event that says, in its own type, how the audit trail records it: publish the
 * event and the audit module writes these records for it, synchronously and in the publisher's
 * transaction, exactly as if each {@link Audited} had been published in this order (docs/adr/002,
 * docs/adr/020). So the wording of an event's audit detail lives once, in the event type, and the
 * audit module depends on no module that publishes one.
 */
public interface AuditedEvent {

  /** The audit records this event stands for, in the order they are written. */
  List<Audited> audited();
}
