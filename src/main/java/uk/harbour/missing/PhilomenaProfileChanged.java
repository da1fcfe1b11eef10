package uk.harbour.missing;

import java.util.List;
import java.util.Objects;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.shared.ChildId;

/**
 * A child's Philomena profile was created, saved, confirmed as still current, or its photograph
 * added, replaced or removed, in the transaction that did it. Audited against the child, so their
 * "who has seen this record" shows it.
 *
 * @param version the profile's version after the change (0 for a photograph)
 */
public record PhilomenaProfileChanged(ChildId child, Change change, int version)
    implements AuditedEvent {

  /** The audit's record type for the profile. */
  public static final String RECORD_TYPE = "philomena profile";

  /** What happened to the profile, in the audit's words. */
  public enum Change {
    CREATED("philomena profile created, version "),
    SAVED("philomena profile saved and confirmed current, version "),
    CONFIRMED("philomena profile confirmed current, version "),
    PHOTO_SAVED("philomena photograph saved"),
    PHOTO_REMOVED("philomena photograph removed");

    private final String words;

    Change(String words) {
      this.words = words;
    }
  }

  public PhilomenaProfileChanged {
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(change, "change");
  }

  @Override
  public List<Audited> audited() {
    boolean photo = change == Change.PHOTO_SAVED || change == Change.PHOTO_REMOVED;
    return List.of(
        Audited.succeeded(
                change == Change.CREATED ? AuditAction.CREATE : AuditAction.CHANGE,
                RECORD_TYPE,
                child)
            .withDetail(photo ? change.words : change.words + version)
            .withChildren(List.of(child)));
  }
}
