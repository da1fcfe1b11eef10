package uk.harbour.accesscontrol.admin;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.shared.UserId;

/**
 * An administrator asked for a reset of someone's sign-in details, in the transaction that recorded
 * the request. Audited as a new sign-in reset, with the administrator's reason. Only the audit
 * listens, so the type stays inside this package.
 *
 * @param password whether a new password would be set
 * @param secondFactor whether the authenticator app would be reset
 * @param replacesEveryFactor whether approving it would leave no factor the owner chose
 * @param officersTold how many data protection officers were told
 */
record SignInResetRequested(
    UUID reset,
    UserId user,
    boolean password,
    boolean secondFactor,
    boolean replacesEveryFactor,
    String reason,
    int officersTold)
    implements AuditedEvent {

  SignInResetRequested {
    Objects.requireNonNull(reset, "reset");
    Objects.requireNonNull(user, "user");
  }

  static SignInResetRequested of(SignInReset reset, String reason, int officersTold) {
    return new SignInResetRequested(
        reset.id(),
        reset.userId(),
        reset.password(),
        reset.secondFactor(),
        reset.replacesEveryFactor(),
        reason,
        officersTold);
  }

  @Override
  public List<Audited> audited() {
    return List.of(
        new Audited(
            AuditAction.CREATE,
            SignInResets.RECORD_TYPE,
            reset.toString(),
            AuditOutcome.SUCCEEDED,
            reason,
            "reset of "
                + what(password, secondFactor)
                + " for user "
                + user
                + " asked for; waiting for a data protection officer"
                + (replacesEveryFactor ? "; would replace every factor" : "")
                + "; "
                + AccountChanged.officersTold(officersTold)));
  }

  /** What a reset resets, in the audit's words. */
  static String what(boolean password, boolean secondFactor) {
    if (password && secondFactor) {
      return "password and authenticator app";
    }
    return password ? "password" : "authenticator app";
  }
}
