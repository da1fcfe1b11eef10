package uk.harbour.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;
import uk.harbour.shared.UserId;
import uk.harbour.testing.ActAs;

/** Opening, allocating, stepping down, closing and reopening a case, with its chronology. */
@SpringBootTest
@ActiveProfiles("test")
@Import({ActAs.class, CaseFixtures.class})
class CaseLifecycleIntegrationTests {

  @Autowired CaseLifecycle lifecycle;
  @Autowired CaseRepository repository;
  @Autowired AllocationRepository allocations;
  @Autowired Cases cases;
  @Autowired CaseFixtures fixtures;
  @Autowired Teams teams;
  @Autowired Directory directory;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void nobody() {
    actAs.nobody();
  }

  @Test
  void aKeyWorkerOpensACaseAndTheTeamsKeyWorkerIsAllocated() {
    actAs.user("kw.jones");
    ChildId child = fixtures.aChildWithKeyWorker("Ava", "kw.jones");
    CaseId id = lifecycle.openDirectly(child);
    assertThat(lifecycle.openDirectly(child)).as("opening twice finds the same case").isEqualTo(id);
    CaseRecord opened = repository.find(id).orElseThrow();
    assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(opened.keyWorkerName()).isEqualTo("Rhys Jones");
    assertThat(kinds(id)).containsExactlyInAnyOrder("CASE_OPENED", "ALLOCATION");
    assertThat(cases.latestCase(child)).map(CaseSummary::id).contains(id);
  }

  @Test
  void aPractitionerWithoutTheRoleCannotOpenACaseAndOutsidersAreToldItDoesNotExist() {
    actAs.user("kw.jones");
    ChildId child = fixtures.aChildWithKeyWorker("Bea", "kw.jones");
    teams.assign(child, user("youth.mensah"), TeamRole.YOUTH_WORKER);
    actAs.user("youth.mensah");
    assertThatThrownBy(() -> lifecycle.openDirectly(child))
        .isInstanceOf(AccessDeniedException.class);
    actAs.user("kw.ahmed");
    assertThatThrownBy(() -> lifecycle.openDirectly(child))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void aManagerReallocatesOnlyWithAReasonAndTheTeamFollows() {
    actAs.user("kw.jones");
    ChildId child = fixtures.aChildWithKeyWorker("Cara", "kw.jones");
    CaseId id = lifecycle.openDirectly(child);
    int version = repository.find(id).orElseThrow().version();

    assertThatThrownBy(() -> lifecycle.allocate(id, version, user("sw.taylor"), "x"))
        .as("key workers do not allocate")
        .isInstanceOf(AccessDeniedException.class);
    actAs.user("manager.okafor");
    assertThatThrownBy(() -> lifecycle.allocate(id, version, user("sw.taylor"), " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lifecycle.allocate(id, version, user("youth.mensah"), "Leave"))
        .as("only practitioners with the key worker role")
        .isInstanceOf(IllegalArgumentException.class);
    lifecycle.allocate(id, version, user("sw.taylor"), "Rhys is on long-term leave");

    CaseRecord now = repository.find(id).orElseThrow();
    assertThat(now.keyWorkerName()).isEqualTo("Priya Taylor");
    assertThat(teams.members(child))
        .filteredOn(m -> m.role() == TeamRole.KEY_WORKER)
        .singleElement()
        .satisfies(m -> assertThat(m.user().username()).isEqualTo("sw.taylor"));
    assertThat(teams.members(child)).noneMatch(m -> m.user().username().equals("kw.jones"));
    List<Allocation> history = allocations.allocations(id);
    assertThat(history).hasSize(2);
    assertThat(history.get(0).reason()).isEqualTo("Rhys is on long-term leave");
    assertThat(history.get(1).endedAt()).isNotNull();
    assertThat(summaries(id)).anyMatch(s -> s.contains("Rhys is on long-term leave"));

    assertThatThrownBy(() -> lifecycle.allocate(id, version, user("kw.jones"), "Back"))
        .as("a save based on an old version")
        .isInstanceOf(StaleRecordException.class)
        .satisfies(
            e -> assertThat(((StaleRecordException) e).changedBy()).isEqualTo("Grace Okafor"));
  }

  @Test
  void aCaseStepsDownClosesWithAFollowUpAndReopensAsAReReferral() {
    actAs.user("kw.jones");
    ChildId child = fixtures.aChildWithKeyWorker("Dee", "kw.jones");
    CaseId id = lifecycle.openDirectly(child);
    assertThat(lifecycle.changeStatus(id, version(id), CaseStatus.STEPPED_DOWN, "Early help", null))
        .isTrue();
    assertThat(cases.hasOpenCase(child)).isFalse();
    cases.openOrAdd(child, "CON-TEST-000001");
    assertThat(repository.find(id).orElseThrow().status())
        .as("a new concern steps the case back up")
        .isEqualTo(CaseStatus.OPEN);

    LocalDate followUp = LocalDate.of(2099, 1, 31);
    assertThat(lifecycle.changeStatus(id, version(id), CaseStatus.CLOSED, "Safe now", followUp))
        .isTrue();
    CaseRecord closed = repository.find(id).orElseThrow();
    assertThat(closed.closedAt()).isNotNull();
    assertThat(closed.followUpOn()).isEqualTo(followUp);
    assertThat(lifecycle.changeStatus(id, version(id), CaseStatus.STEPPED_DOWN, "No", null))
        .as("a closed case can only be reopened")
        .isFalse();

    CaseId next = cases.openOrAdd(child, "CON-TEST-000002");
    assertThat(next).isNotEqualTo(id);
    assertThat(repository.find(next).orElseThrow().reReferralAfter()).isEqualTo(closed.closedAt());
    assertThat(lifecycle.changeStatus(id, version(id), CaseStatus.OPEN, "Reopen", null))
        .as("not while another case is open")
        .isFalse();
    assertThat(kinds(id)).contains("STATUS_CHANGE", "CLOSURE", "CONCERN");
  }

  @Test
  void reopeningWithinTheWindowIsFlagged() {
    actAs.user("manager.okafor");
    ChildId child = fixtures.aChildWithKeyWorker("Eve", "kw.jones");
    CaseId id = lifecycle.openDirectly(child);
    lifecycle.changeStatus(id, version(id), CaseStatus.CLOSED, "Moved away", null);
    assertThat(repository.find(id).orElseThrow().reReferralAfter()).isNull();
    lifecycle.changeStatus(id, version(id), CaseStatus.OPEN, "Moved back", null);
    CaseRecord reopened = repository.find(id).orElseThrow();
    assertThat(reopened.reopenedAt()).isNotNull();
    assertThat(reopened.reReferralAfter()).isNotNull();
    assertThat(reopened.closedAt()).isNull();
  }

  private int version(CaseId id) {
    return repository.find(id).orElseThrow().version();
  }

  private UserId user(String username) {
    return directory.findUserByUsername(username).orElseThrow().id();
  }

  private List<String> kinds(CaseId id) {
    return jdbc.sql("SELECT kind FROM chronology_entry WHERE case_id = ?")
        .param(id.value())
        .query(String.class)
        .list();
  }

  private List<String> summaries(CaseId id) {
    return jdbc.sql("SELECT summary FROM chronology_entry WHERE case_id = ?")
        .param(id.value())
        .query(String.class)
        .list();
  }
}
