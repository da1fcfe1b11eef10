package uk.harbour.accesscontrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.harbour.audit.AuditAction;
import uk.harbour.audit.AuditOutcome;
import uk.harbour.audit.Audited;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.UserId;

/**
 * Changes to a child's team and reviews of break-glass yield exactly the audit records {@code
 * Teams} and {@code BreakGlass} used to build by hand, so the stored rows stay the same.
 */
class AccessControlEventAuditTests {

  static final ChildId CHILD = ChildId.of("7d2a1f90-3c4b-4e5d-8f6a-1b2c3d4e5f60");
  static final UserId MEMBER = new UserId(UUID.fromString("11111111-2222-4333-8444-555555555555"));
  static final UserId PREVIOUS =
      new UserId(UUID.fromString("66666666-7777-4888-9999-aaaaaaaaaaaa"));

  @Test
  void aManagersChangeNamesTheMemberByUsername() {
    assertThat(TeamChanged.added(CHILD, "jsmith", TeamRole.SOCIAL_WORKER).audited())
        .containsExactly(onChild("team member added: jsmith as SOCIAL_WORKER"));
    assertThat(TeamChanged.removed(CHILD, "jsmith").audited())
        .containsExactly(onChild("team member removed: jsmith"));
    assertThat(TeamChanged.removed(CHILD, "?").audited())
        .containsExactly(onChild("team member removed: ?"));
  }

  @Test
  void anotherModulesChangeNamesTheMemberById() {
    assertThat(TeamChanged.assigned(CHILD, MEMBER, TeamRole.KEY_WORKER).audited())
        .containsExactly(
            onChild("team member assigned: 11111111-2222-4333-8444-555555555555 as KEY_WORKER"));
    assertThat(TeamChanged.withdrawn(CHILD, MEMBER).audited())
        .containsExactly(onChild("team member withdrawn: 11111111-2222-4333-8444-555555555555"));
  }

  @Test
  void anAppointedKeyWorkerNamesThePreviousOneWhoLeft() {
    assertThat(TeamChanged.keyWorkerAppointed(CHILD, MEMBER, null).audited())
        .containsExactly(onChild("key worker appointed: 11111111-2222-4333-8444-555555555555"));
    assertThat(TeamChanged.keyWorkerAppointed(CHILD, MEMBER, PREVIOUS).audited())
        .containsExactly(
            onChild(
                "key worker appointed: 11111111-2222-4333-8444-555555555555, previous key worker"
                    + " left the team: 66666666-7777-4888-9999-aaaaaaaaaaaa"));
  }

  @Test
  void aBreakGlassReviewNamesItsOutcome() {
    UUID grant = UUID.fromString("99999999-8888-4777-8666-555555555555");
    assertThat(new BreakGlassReviewed(grant, BreakGlassReviewOutcome.NOT_JUSTIFIED).audited())
        .containsExactly(
            new Audited(
                AuditAction.REVIEW,
                "break-glass",
                "99999999-8888-4777-8666-555555555555",
                AuditOutcome.SUCCEEDED,
                null,
                "NOT_JUSTIFIED",
                List.of()));
  }

  private static Audited onChild(String detail) {
    return new Audited(
        AuditAction.CHANGE,
        "child",
        "7d2a1f90-3c4b-4e5d-8f6a-1b2c3d4e5f60",
        AuditOutcome.SUCCEEDED,
        null,
        detail,
        List.of());
  }
}
