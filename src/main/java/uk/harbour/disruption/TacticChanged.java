package uk.harbour.disruption;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;

/**
 * An administrator added, changed, retired or brought back a tactic of the catalogue, in the
 * transaction that saved it. Audited against the tactic, naming its code and the version saved.
 * Only the audit listens, so the type stays inside this package.
 */
record TacticChanged(UUID tactic, String code, Change change, int version) implements AuditedEvent {

  static final String RECORD_TYPE = "disruption tactic";

  /** What happened to the tactic, in the audit's words. */
  enum Change {
    ADDED("tactic added: "),
    CHANGED("tactic changed: "),
    RETIRED("tactic retired: "),
    RESTORED("tactic brought back: ");

    private final String words;

    Change(String words) {
      this.words = words;
    }
  }

  TacticChanged {
    Objects.requireNonNull(tactic, "tactic");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(change, "change");
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        Audited.succeeded(
                change == Change.ADDED ? AuditAction.CREATE : AuditAction.CHANGE,
                RECORD_TYPE,
                tactic)
            .withDetail(change.words + code + ", version " + version));
  }
}
