package uk.harbour.accesscontrol.admin;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.harbour.shared.UserId;

/**
 * A request to reset someone's sign-in details, as the data protection officer who decides it sees
 * it: whose account, what would be reset, who asked and why, and what the account holds now.
 *
 * @param password whether a new password (which an administrator chose) would be set
 * @param secondFactor whether the authenticator app would be reset
 * @param enrolledNow whether the account has an authenticator app now
 * @param passwordSetByAdministratorNow whether the account's current password was set by an
 *     administrator and its owner has not yet replaced it
 */
public record SignInReset(
    UUID id,
    UserId userId,
    String username,
    String displayName,
    String agencyName,
    @Nullable UserId managerId,
    @Nullable String managerName,
    boolean secondFactor,
    boolean password,
    String reason,
    UserId requestedBy,
    String requestedByName,
    Instant requestedAt,
    Status status,
    @Nullable UserId decidedBy,
    @Nullable String decidedByName,
    @Nullable Instant decidedAt,
    @Nullable String decisionNote,
    @Nullable Instant firstSignInAt,
    int version,
    boolean enrolledNow,
    boolean passwordSetByAdministratorNow) {

  /** Where a request is. */
  public enum Status {
    AWAITING,
    APPROVED,
    REFUSED
  }

  /**
   * Whether approving it would leave the account with no factor its owner chose: no authenticator
   * app, and a password an administrator knows. Then whoever knows that password can set up an app
   * of their own and sign in as the owner.
   */
  public boolean replacesEveryFactor() {
    boolean noOwnSecondFactor = secondFactor || !enrolledNow;
    boolean noOwnPassword = password || passwordSetByAdministratorNow;
    return noOwnSecondFactor && noOwnPassword;
  }

  /** The message key naming what it resets. */
  public String whatKey() {
    if (password && secondFactor) {
      return "signInReset.what.both";
    }
    return password ? "signInReset.what.password" : "signInReset.what.secondFactor";
  }

  public boolean awaiting() {
    return status == Status.AWAITING;
  }
}
