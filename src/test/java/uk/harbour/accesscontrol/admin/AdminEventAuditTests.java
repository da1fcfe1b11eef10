package uk.harbour.accesscontrol.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.harbour.accesscontrol.AgencyKind;
import uk.harbour.accesscontrol.Role;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;
import uk.harbour.shared.AgencyId;
import uk.harbour.shared.UserId;

/**
 * Administrators' changes to agencies, accounts and sign-in resets yield exactly the audit records
 * {@code AgencyAdministration}, {@code UserAdministration} and {@code SignInResets} used to build
 * by hand (action, record type, record id, outcome, reason, detail), so the stored rows stay the
 * same.
 */
class AdminEventAuditTests {

  static final String USER_ID = "11111111-2222-4333-8444-555555555555";
  static final UserId USER = new UserId(UUID.fromString(USER_ID));
  static final UserId MANAGER = new UserId(UUID.fromString("66666666-7777-4888-9999-aaaaaaaaaaaa"));
  static final String RESET_ID = "99999999-8888-4777-8666-555555555555";
  static final UUID RESET = UUID.fromString(RESET_ID);

  @Test
  void anAgencyCreatedOrChangedNamesItsKind() {
    AgencyId agency = new AgencyId(UUID.fromString("abcdefab-cdef-4abc-8def-abcdefabcdef"));
    assertThat(new AgencyChanged(agency, true, AgencyKind.POLICE).audited())
        .containsExactly(
            record(
                AuditAction.CREATE,
                "agency",
                "abcdefab-cdef-4abc-8def-abcdefabcdef",
                AuditOutcome.SUCCEEDED,
                null,
                "POLICE"));
    assertThat(new AgencyChanged(agency, false, AgencyKind.HEALTH).audited())
        .containsExactly(
            record(
                AuditAction.CHANGE,
                "agency",
                "abcdefab-cdef-4abc-8def-abcdefabcdef",
                AuditOutcome.SUCCEEDED,
                null,
                "HEALTH"));
  }

  @Test
  void aNewAccountNamesItsRolesInOrderItsFirstPasswordAndTheOfficersTold() {
    assertThat(
            AccountChanged.created(USER, Set.of(Role.TEAM_MANAGER, Role.PRACTITIONER), 2).audited())
        .containsExactly(
            record(
                AuditAction.CREATE,
                "user",
                USER_ID,
                AuditOutcome.SUCCEEDED,
                null,
                "roles: PRACTITIONER, TEAM_MANAGER; password set by an administrator, to be changed"
                    + " at next sign-in; 2 data protection officer(s) told"));
  }

  @Test
  void changedDetailsNameRolesManagerAndOfficersToldOnlyWhenSome() {
    assertThat(AccountChanged.detailsChanged(USER, Set.of(Role.KEY_WORKER), null, 0).audited())
        .containsExactly(onUser("details changed; roles: KEY_WORKER; manager: none"));
    assertThat(
            AccountChanged.detailsChanged(USER, Set.of(Role.DATA_PROTECTION_OFFICER), MANAGER, 3)
                .audited())
        .containsExactly(
            onUser(
                "details changed; roles: DATA_PROTECTION_OFFICER; manager:"
                    + " 66666666-7777-4888-9999-aaaaaaaaaaaa; 3 data protection officer(s) told"));
  }

  @Test
  void activationUnlockingAndAPasswordSetAreChangesToTheAccount() {
    assertThat(AccountChanged.activeSet(USER, false).audited())
        .containsExactly(onUser("deactivated"));
    assertThat(AccountChanged.activeSet(USER, true).audited())
        .containsExactly(onUser("reactivated"));
    assertThat(AccountChanged.unlocked(USER).audited()).containsExactly(onUser("unlocked"));
    assertThat(AccountChanged.passwordSet(USER, 1).audited())
        .containsExactly(
            onUser(
                "password set by an administrator, to be changed at next sign-in; 1 session(s)"
                    + " ended"));
  }

  @Test
  void aRequestedResetSaysWhatForWhomAndWhetherItReplacesEveryFactor() {
    assertThat(
            new SignInResetRequested(RESET, USER, true, false, true, "lost phone and password", 2)
                .audited())
        .containsExactly(
            record(
                AuditAction.CREATE,
                "sign-in-reset",
                RESET_ID,
                AuditOutcome.SUCCEEDED,
                "lost phone and password",
                "reset of password for user "
                    + USER_ID
                    + " asked for; waiting for a data protection officer; would replace every"
                    + " factor; 2 data protection officer(s) told"));
    assertThat(new SignInResetRequested(RESET, USER, false, true, false, "new phone", 1).audited())
        .containsExactly(
            record(
                AuditAction.CREATE,
                "sign-in-reset",
                RESET_ID,
                AuditOutcome.SUCCEEDED,
                "new phone",
                "reset of authenticator app for user "
                    + USER_ID
                    + " asked for; waiting for a data protection officer; 1 data protection"
                    + " officer(s) told"));
  }

  @Test
  void anApprovedResetIsTheChangeToTheAccountThenTheReview() {
    SignInResetDecided approved =
        new SignInResetDecided(
            RESET,
            USER,
            true,
            true,
            "Ann Admin (aadmin)",
            "checked by phone",
            new SignInResetDecided.Applied("Olive Officer (oofficer)", 2),
            3);
    assertThat(approved.audited())
        .containsExactly(
            onUser(
                "password and authenticator app reset by Ann Admin (aadmin), approved by Olive"
                    + " Officer (oofficer) (sign-in reset "
                    + RESET_ID
                    + "); password set by an administrator, to be changed at next sign-in; 2"
                    + " session(s) ended"),
            record(
                AuditAction.REVIEW,
                "sign-in-reset",
                RESET_ID,
                AuditOutcome.SUCCEEDED,
                "checked by phone",
                "approved reset of password and authenticator app for user "
                    + USER_ID
                    + " asked for by Ann Admin (aadmin); 3 data protection officer(s) told"));
    SignInResetDecided appFor =
        new SignInResetDecided(
            RESET,
            USER,
            false,
            true,
            "Ann Admin (aadmin)",
            "checked",
            new SignInResetDecided.Applied("Olive Officer (oofficer)", 0),
            1);
    assertThat(appFor.audited().get(0).detail())
        .isEqualTo(
            "authenticator app reset by Ann Admin (aadmin), approved by Olive Officer (oofficer)"
                + " (sign-in reset "
                + RESET_ID
                + "); 0 session(s) ended");
  }

  @Test
  void aRefusedResetIsOnlyADeniedReview() {
    assertThat(
            new SignInResetDecided(
                    RESET, USER, true, false, "Ann Admin (aadmin)", "not verified", null, 2)
                .audited())
        .containsExactly(
            record(
                AuditAction.REVIEW,
                "sign-in-reset",
                RESET_ID,
                AuditOutcome.DENIED,
                "not verified",
                "refused reset of password for user "
                    + USER_ID
                    + " asked for by Ann Admin (aadmin); 2 data protection officer(s) told"));
  }

  private static Audited onUser(String detail) {
    return record(AuditAction.CHANGE, "user", USER_ID, AuditOutcome.SUCCEEDED, null, detail);
  }

  private static Audited record(
      AuditAction action,
      String type,
      String id,
      AuditOutcome outcome,
      String reason,
      String detail) {
    return new Audited(action, type, id, outcome, reason, detail, List.of());
  }
}
