package uk.harbour.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.shared.StaleRecordException;
import uk.harbour.testing.ActAs;

@SpringBootTest
@ActiveProfiles("test")
@Import(ActAs.class)
class ChildrenIntegrationTests {

  @Autowired Children children;
  @Autowired Teams teams;
  @Autowired ActAs actAs;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @AfterEach
  void signOut() {
    actAs.nobody();
  }

  static ChildDetails aChild(String first, String last) {
    return new ChildDetails(
        first,
        last,
        "Bee",
        LocalDate.of(2012, 4, 3),
        null,
        Sex.FEMALE,
        null,
        Ethnicity.WHITE_BRITISH,
        Disability.NO,
        null,
        CareStatus.CHILD_IN_NEED,
        "1 Test Street, Northbridge",
        "NB1 1AA",
        "Riverside Academy");
  }

  private ChildRecord createdByKeyWorker(String first, String last) {
    var user = actAs.user("kw.jones");
    ChildRecord child = children.create(aChild(first, last));
    teams.assign(child.id(), user.id(), TeamRole.SOCIAL_WORKER);
    return child;
  }

  @Test
  void aStaleEditChangesNothingAndSaysWhoChangedIt() {
    ChildRecord opened = createdByKeyWorker("Testa", "Stale");
    actAs.user("manager.okafor");
    ChildDetails first = aChild("Testa", "Stale-Changed");
    children.update(opened.id(), opened.version(), first);

    actAs.user("kw.jones");
    ChildDetails second = aChild("Testa", "Overwrite");
    assertThatThrownBy(() -> children.update(opened.id(), opened.version(), second))
        .isInstanceOfSatisfying(
            StaleRecordException.class, e -> assertThat(e.changedBy()).isEqualTo("Grace Okafor"));
    assertThat(children.view(opened.id()).details().lastName()).isEqualTo("Stale-Changed");
  }

  @Test
  void textIsStoredExactlyAsTyped() {
    String script = "<script>alert('x')</script> O'Brien & \"Co\"";
    var user = actAs.user("kw.jones");
    ChildRecord child = children.create(aChild("Script", script));
    teams.assign(child.id(), user.id(), TeamRole.SOCIAL_WORKER);
    assertThat(children.view(child.id()).details().lastName()).isEqualTo(script);
  }

  @Test
  void searchFindsByAnyNameAndDateOfBirthOnlyWithinWhatTheUserMaySee() {
    ChildRecord child = createdByKeyWorker("Searchable", "Zephyrine");
    assertThat(children.search(new ChildSearch("zephyr", null), 1, 25))
        .extracting(ChildRecord::id)
        .containsExactly(child.id());
    assertThat(children.search(new ChildSearch("bee zephyrine", LocalDate.of(2012, 4, 3)), 1, 25))
        .extracting(ChildRecord::id)
        .containsExactly(child.id());
    assertThat(children.search(new ChildSearch("zephyrine", LocalDate.of(2012, 4, 4)), 1, 25))
        .isEmpty();
    actAs.user("school.green");
    assertThat(children.search(new ChildSearch("zephyrine", null), 1, 25)).isEmpty();
  }

  @Test
  void searchTreatsLikeWildcardsAsText() {
    createdByKeyWorker("Percent", "Wildcard");
    assertThat(children.search(new ChildSearch("%", null), 1, 25)).isEmpty();
    assertThat(children.search(new ChildSearch("_", null), 1, 25)).isEmpty();
  }

  @Test
  void creatingAChildPutsTheCreatorInTheTeamInTheSameTransaction() {
    var user = actAs.user("kw.jones");
    ChildRecord created =
        children.createWithCreatorInTeam(aChild("Atomic", "Together"), TeamRole.KEY_WORKER);
    assertThat(teams.members(created.id()))
        .anySatisfy(m -> assertThat(m.user().id()).isEqualTo(user.id()));
  }

  @Test
  void whenTheCreatorCannotJoinTheTeamNoRecordIsLeftBehind() {
    // A signed-in user whose account row is gone: adding them to the team breaks a foreign key.
    var ghost =
        new uk.harbour.accesscontrol.HarbourUser(
            new uk.harbour.shared.UserId(java.util.UUID.randomUUID()),
            "ghost.user",
            "Ghost User",
            actAs.user("kw.jones").agencyId(),
            "Northbridge Children's Social Care",
            java.util.Set.of(uk.harbour.accesscontrol.Role.KEY_WORKER));
    org.springframework.security.core.context.SecurityContextHolder.getContext()
        .setAuthentication(
            org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(ghost, null, java.util.List.of()));
    String surname = "Halfmade" + java.util.UUID.randomUUID().toString().substring(0, 6);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> children.createWithCreatorInTeam(aChild("Never", surname), TeamRole.KEY_WORKER))
        .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    assertThat(
            jdbc.sql("SELECT count(*) FROM child WHERE last_name = ?")
                .param(surname)
                .query(Long.class)
                .single())
        .isZero();
  }
}
