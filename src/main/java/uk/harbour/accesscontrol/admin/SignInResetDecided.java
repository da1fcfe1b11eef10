package uk.harbour.accesscontrol.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;
import uk.harbour.audit.AuditedEvent;
import uk.harbour.shared.UserId;

/**
 * A data protection officer approved or refused a sign-in reset, in the transaction that recorded
 * the decision. An approval is audited first as the change to the account it made, then as the
 * review of the request; a refusal only as the review. Only the audit listens, so the type stays
 * inside this package.
 *
 * @param requestedBy who asked for the reset, as the audit names them
 * @param note the officer's reason for the decision
 * @param applied what the approval did to the account, or null if the reset was refused
 * @param officersTold how many data protection officers were told of the decision
 */
record SignInResetDecided(
    UUID reset,
    UserId user,
    boolean password,
    boolean secondFactor,
    String requestedBy,
    String note,
    @Nullable Applied applied,
    int officersTold)
    implements AuditedEvent {

  /**
   * An approved reset, as it changed the account.
   *
   * @param approvedBy the officer who approved it, as the audit names them
   * @param sessionsEnded how many of the owner's sessions were ended
   */
  record Applied(@Nullable String approvedBy, int sessionsEnded) {}

  SignInResetDecided {
    Objects.requireNonNull(reset, "reset");
    Objects.requireNonNull(user, "user");
  }

  static SignInResetDecided of(
      SignInReset decided, String note, @Nullable Applied applied, int officersTold) {
    return new SignInResetDecided(
        decided.id(),
        decided.userId(),
        decided.password(),
        decided.secondFactor(),
        decided.requestedByName(),
        note,
        applied,
        officersTold);
  }

  @Override
  public List<Audited> audited() {
    String what = SignInResetRequested.what(password, secondFactor);
    List<Audited> records = new ArrayList<>();
    if (applied != null) {
      records.add(
          Audited.succeeded(AuditAction.CHANGE, "user", user)
              .withDetail(
                  what
                      + " reset by "
                      + requestedBy
                      + ", approved by "
                      + applied.approvedBy()
                      + " (sign-in reset "
                      + reset
                      + ")"
                      + (password ? "; " + AccountChanged.TO_CHANGE : "")
                      + "; "
                      + applied.sessionsEnded()
                      + " session(s) ended"));
    }
    records.add(
        new Audited(
            AuditAction.REVIEW,
            SignInResets.RECORD_TYPE,
            reset.toString(),
            applied != null ? AuditOutcome.SUCCEEDED : AuditOutcome.DENIED,
            note,
            (applied != null ? "approved" : "refused")
                + " reset of "
                + what
                + " for user "
                + user
                + " asked for by "
                + requestedBy
                + "; "
                + AccountChanged.officersTold(officersTold)));
    return List.copyOf(records);
  }
}
