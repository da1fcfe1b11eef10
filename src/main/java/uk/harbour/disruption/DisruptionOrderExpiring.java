package uk.harbour.disruption;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.shared.UserId;

/**
 * A disruption order comes to its expiry within a reminder's lead time, and its lead officer was
 * told in Harbour. Published once per activity, lead time and expiry date. Audited against the
 * activity, naming who was told, the lead time and the expiry date.
 */
public record DisruptionOrderExpiring(
    DisruptionId activity, UserId leadOfficer, int daysBefore, LocalDate expiresOn)
    implements AuditedEvent {

  public DisruptionOrderExpiring {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(leadOfficer, "leadOfficer");
    Objects.requireNonNull(expiresOn, "expiresOn");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(AuditAction.REVIEW, Activities.RECORD_TYPE, activity)
            .withDetail(
                "expiry reminder sent to "
                    + leadOfficer
                    + ": "
                    + daysBefore
                    + " days before "
                    + expiresOn));
  }
}
