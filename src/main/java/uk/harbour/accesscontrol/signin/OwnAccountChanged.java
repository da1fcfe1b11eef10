package uk.harbour.accesscontrol.signin;

import java.util.List;
import java.util.Objects;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.shared.UserId;

/**
 * Someone changed their own sign-in details (their password, or their authenticator app when they
 * set it up), in the transaction that changed them. Audited as a change to their account. Only the
 * audit listens, so the type stays inside this package.
 */
record OwnAccountChanged(UserId user, Change change) implements AuditedEvent {

  /** What the owner changed, in the audit's words. */
  enum Change {
    PASSWORD_CHANGED("password changed"),
    /** The password an administrator had set, replaced as the owner was required to. */
    REQUIRED_PASSWORD_CHANGED(OwnPassword.FORCED_CHANGE),
    SECOND_FACTOR_SET_UP("second factor set up");

    private final String words;

    Change(String words) {
      this.words = words;
    }
  }

  OwnAccountChanged {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(change, "change");
  }

  @Override
  public List<Audited> audited() {
    return List.of(Audited.succeeded(AuditAction.CHANGE, "user", user).withDetail(change.words));
  }
}
