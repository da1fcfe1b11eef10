package uk.harbour.accesscontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.audit.AuditAction;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.ChildSearch;
import uk.harbour.people.Children;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.testing.ActAs;

@SpringBootTest
@ActiveProfiles("test")
@Import(ActAs.class)
class AccessPolicyIntegrationTests {

  @Autowired AccessPolicy policy;
  @Autowired Teams teams;
  @Autowired ScreeningAccess screening;
  @Autowired BreakGlass breakGlass;
  @Autowired Children children;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void signOut() {
    actAs.nobody();
  }

  private List<ChildId> visibleTo(String username) {
    actAs.user(username);
    return children.search(ChildSearch.ALL, 1, 1000).stream().map(ChildRecord::id).toList();
  }

  private List<ChildId> teamOf(String username) {
    HarbourUser u = actAs.user(username);
    return teams.childrenOf(u.id());
  }

  @Test
  void teamMembersSeeExactlyTheirTeamsChildren() {
    List<ChildId> mine = teamOf("kw.jones");
    assertThat(mine).isNotEmpty();
    assertThat(visibleTo("kw.jones")).containsExactlyInAnyOrderElementsOf(mine);
  }

  @Test
  void managersSeeTheChildrenOfThoseTheyManage() {
    List<ChildId> expected = new java.util.ArrayList<>(teamOf("kw.jones"));
    teamOf("sw.taylor").stream().filter(c -> !expected.contains(c)).forEach(expected::add);
    teamOf("manager.okafor").stream().filter(c -> !expected.contains(c)).forEach(expected::add);
    assertThat(visibleTo("manager.okafor")).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void screeningOfficersSeeOnlyChildrenAwaitingScreening() {
    List<ChildId> before = visibleTo("screening.lee");
    ChildId child =
        teamOf("kw.jones").stream().filter(c -> !before.contains(c)).findFirst().orElseThrow();

    screening.awaitingScreening(child, "CON-POLICY-TEST");
    List<ChildId> awaiting =
        jdbc.sql("SELECT DISTINCT child_id FROM screening_access")
            .query((rs, n) -> new ChildId(rs.getObject(1, java.util.UUID.class)))
            .list();
    assertThat(awaiting).contains(child);
    assertThat(visibleTo("screening.lee")).containsExactlyInAnyOrderElementsOf(awaiting);

    screening.screened(child, "CON-POLICY-TEST");
    assertThat(visibleTo("screening.lee")).doesNotContain(child);
  }

  @Test
  void practitionersOutsideEveryTeamAndAdministratorsSeeNothing() {
    assertThat(visibleTo("school.green")).isEmpty();
    assertThat(visibleTo("admin.hughes")).isEmpty();
    actAs.user("school.green");
    assertThat(children.countVisible()).isZero();
  }

  @Test
  void aChildOutsideTheTeamIsNotFoundAndTheDenialIsAudited() {
    ChildId someone = teamOf("kw.jones").get(0);
    actAs.user("school.green");
    long before = deniedEventsFor(someone);
    assertThatThrownBy(() -> children.view(someone)).isInstanceOf(RecordNotFoundException.class);
    assertThat(deniedEventsFor(someone)).isEqualTo(before + 1);
  }

  @Test
  void removalFromTheTeamTakesEffectOnTheNextRequest() {
    ChildId child = teamOf("kw.ahmed").get(0);
    HarbourUser walsh = actAs.user("health.walsh");
    actAs.user("kw.ahmed");
    if (!teams.childrenOf(walsh.id()).contains(child)) {
      teams.add(child, walsh.id(), TeamRole.HEALTH_PRACTITIONER);
    }
    actAs.user("health.walsh");
    assertThat(policy.maySeeChild(child)).isTrue();

    actAs.user("kw.ahmed");
    teams.remove(child, walsh.id());

    actAs.user("health.walsh");
    assertThat(policy.maySeeChild(child)).isFalse();
    assertThatThrownBy(() -> children.view(child)).isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void breakGlassGrantsAccessNotifiesAndQueuesForReview() {
    ChildId child = teamOf("kw.jones").get(1);
    actAs.user("youth.mensah");
    assertThat(policy.maySeeChild(child)).isFalse();
    assertThatThrownBy(() -> breakGlass.grant(child, "HBR-X", "too short"))
        .isInstanceOf(IllegalArgumentException.class);

    BreakGlassGrant grant =
        breakGlass.grant(child, "HBR-X", "Police called: child missing overnight, need contacts");
    assertThat(policy.maySeeChild(child)).isTrue();
    assertThat(children.view(child).id()).isEqualTo(child);
    assertThat(grant.expiresAt()).isEqualTo(grant.grantedAt().plus(BreakGlass.DURATION));

    actAs.user("kw.jones");
    assertThat(teams.members(child)).anyMatch(m -> m.role() == TeamRole.KEY_WORKER);
    actAs.user("dpo.fraser");
    assertThat(breakGlass.awaitingReview()).extracting(BreakGlassGrant::id).contains(grant.id());
    long dpoNotes =
        jdbc.sql(
                "SELECT count(*) FROM notification n JOIN app_user u ON u.id = n.recipient_id"
                    + " WHERE n.subject_id = ? AND u.username IN ('dpo.fraser')")
            .param(grant.id())
            .query(Long.class)
            .single();
    assertThat(dpoNotes).isEqualTo(1);
    long keyWorkerNotes =
        jdbc.sql(
                "SELECT count(*) FROM notification n JOIN team_member t ON t.user_id = n.recipient_id"
                    + " AND t.child_id = n.child_id AND t.team_role = 'KEY_WORKER' WHERE n.subject_id = ?")
            .param(grant.id())
            .query(Long.class)
            .single();
    assertThat(keyWorkerNotes).isEqualTo(1);

    breakGlass.review(grant.id(), grant.version(), BreakGlassReviewOutcome.JUSTIFIED, "Checked");
    assertThat(breakGlass.awaitingReview())
        .extracting(BreakGlassGrant::id)
        .doesNotContain(grant.id());
    assertThatThrownBy(
            () ->
                breakGlass.review(
                    grant.id(), grant.version(), BreakGlassReviewOutcome.NOT_JUSTIFIED, null))
        .isInstanceOf(uk.harbour.shared.StaleRecordException.class);
  }

  @Test
  void onlyTheKeyWorkerOrAManagerMayChangeTheTeam() {
    ChildId child = teamOf("kw.jones").get(2);
    List<TeamMember> members;
    actAs.user("kw.jones");
    assertThat(policy.mayManageTeam(child)).isTrue();
    members = teams.members(child);
    TeamMember other =
        members.stream().filter(m -> m.role() != TeamRole.KEY_WORKER).findFirst().orElseThrow();
    actAs.user(other.user().username());
    assertThat(policy.maySeeChild(child)).isTrue();
    assertThat(policy.mayManageTeam(child)).isFalse();
    assertThatThrownBy(() -> teams.remove(child, members.get(0).user().id()))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    actAs.user("manager.okafor");
    assertThat(policy.mayManageTeam(child)).isTrue();
  }

  private long deniedEventsFor(ChildId child) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_event WHERE record_type = 'child' AND record_id = ?"
                + " AND action = ?")
        .params(child.toString(), AuditAction.ACCESS_DENIED.name())
        .query(Long.class)
        .single();
  }
}
