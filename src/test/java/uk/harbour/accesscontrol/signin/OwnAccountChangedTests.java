package uk.harbour.accesscontrol.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;
import uk.harbour.shared.UserId;

/**
 * An owner's change to their own sign-in details yields exactly the audit record {@code
 * OwnPassword} and {@code Authenticator} used to build by hand.
 */
class OwnAccountChangedTests {

  static final UserId USER = new UserId(UUID.fromString("11111111-2222-4333-8444-555555555555"));

  @Test
  void eachChangeIsAChangeToTheirAccount() {
    assertThat(changed(OwnAccountChanged.Change.PASSWORD_CHANGED))
        .containsExactly(onUser("password changed"));
    assertThat(changed(OwnAccountChanged.Change.REQUIRED_PASSWORD_CHANGED))
        .containsExactly(
            onUser("password changed by its owner, as required after an administrator set it"));
    assertThat(changed(OwnAccountChanged.Change.SECOND_FACTOR_SET_UP))
        .containsExactly(onUser("second factor set up"));
  }

  private static List<Audited> changed(OwnAccountChanged.Change change) {
    return new OwnAccountChanged(USER, change).audited();
  }

  private static Audited onUser(String detail) {
    return new Audited(
        AuditAction.CHANGE,
        "user",
        "11111111-2222-4333-8444-555555555555",
        AuditOutcome.SUCCEEDED,
        null,
        detail,
        List.of());
  }
}
