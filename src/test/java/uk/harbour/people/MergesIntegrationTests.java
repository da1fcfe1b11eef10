package uk.harbour.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.TeamMember;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.shared.ChildId;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.TestChildren;

/**
 * Possible duplicates among held children, and merges: a second person approves, nothing is
 * deleted, every step is audited against both children, and an unmerge restores both records and
 * the team exactly.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(ActAs.class)
class MergesIntegrationTests {

  @Autowired Children children;
  @Autowired ChildRepository repository;
  @Autowired ChildIndexRepository index;
  @Autowired Duplicates duplicates;
  @Autowired Merges merges;
  @Autowired ChildMatching matching;
  @Autowired Teams teams;
  @Autowired Directory directory;
  @Autowired uk.harbour.cases.Cases cases;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void signOut() {
    actAs.nobody();
  }

  /** Two records of one synthetic child, as two agencies typed them, each with its own team. */
  private record Twins(ChildRecord full, ChildRecord partial) {}

  private Twins recordedTwice(String first, String last, String typo) {
    LocalDate born = LocalDate.of(2012, 4, 17);
    actAs.user("kw.jones");
    ChildRecord full = children.create(TestChildren.recordedInFull(first, last, born));
    teams.assign(full.id(), user("kw.jones"), TeamRole.KEY_WORKER);
    ChildRecord partial =
        children.create(
            TestChildren.living(
                first.substring(0, 3),
                typo,
                born,
                Sex.FEMALE,
                null,
                "NB4 7QX",
                "Riverside Academy"));
    teams.assign(partial.id(), user("nurse.singh"), TeamRole.HEALTH_PRACTITIONER);
    actAs.nobody();
    return new Twins(full, partial);
  }

  /** The details with other names and address as given, as a key worker would edit them. */
  private static ChildDetails withOtherNamesAndAddress(
      ChildDetails d, String otherNames, String address) {
    return new ChildDetails(
        d.firstName(),
        d.lastName(),
        otherNames,
        d.dateOfBirth(),
        d.approximateAge(),
        d.sex(),
        d.gender(),
        d.ethnicity(),
        d.disability(),
        d.disabilityDetails(),
        d.careStatus(),
        address,
        d.postcode(),
        d.school());
  }

  private uk.harbour.shared.UserId user(String username) {
    return directory.findUserByUsername(username).orElseThrow().id();
  }

  private DuplicatePair pairOf(Twins twins) {
    actAs.user("screening.lee");
    duplicates.scan();
    return duplicates.queue(500).stream()
        .filter(
            p ->
                List.of(p.first().id(), p.second().id()).contains(twins.full().id())
                    && List.of(p.first().id(), p.second().id()).contains(twins.partial().id()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the scan did not find the pair"));
  }

  private UUID propose(DuplicatePair pair, ChildRecord keep) {
    return merges.propose(
        pair.id(),
        pair.first().id().equals(keep.id()),
        "Same date of birth, school and postcode; the nurse confirmed.");
  }

  @Test
  void aMergeNeedsASecondPersonAndAnUnmergeRestoresBothRecordsAndTheTeamExactly() {
    Twins twins = recordedTwice("Marisol", "Thistlewood", "Tihstlewood");
    ChildDetails fullBefore = repository.find(twins.full().id()).orElseThrow().details();
    ChildDetails partialBefore = repository.find(twins.partial().id()).orElseThrow().details();
    List<String> teamBefore = teamOf(twins.full().id());

    DuplicatePair pair = pairOf(twins);
    assertThat(pair.probability()).isGreaterThan(0.5);
    assertThat(pair.explanation()).anyMatch(r -> "date-of-birth".equals(r.field()));
    UUID merge = propose(pair, twins.full());

    assertThatThrownBy(() -> merges.approve(merge, "I proposed it and approve it too."))
        .isInstanceOf(MergeException.class)
        .extracting(e -> ((MergeException) e).messageKey())
        .isEqualTo("merge.error.sameApprover");

    actAs.user("screening.osei");
    merges.approve(merge, "Checked with the school: one child.");

    ChildRecord kept = repository.find(twins.full().id()).orElseThrow();
    ChildRecord merged = repository.find(twins.partial().id()).orElseThrow();
    assertThat(merged.mergedInto()).isEqualTo(kept.id());
    assertThat(merged.details()).isEqualTo(partialBefore);
    assertThat(kept.details().otherNames()).isEqualTo("Mar Tihstlewood");
    assertThat(kept.details().firstName()).isEqualTo("Marisol");
    assertThat(teamOf(kept.id())).contains("nurse.singh");
    assertThat(actions(kept.id())).contains("MERGE");
    assertThat(actions(merged.id())).contains("MERGE");
    assertThat(index.all()).extracting(ChildRecord::id).doesNotContain(merged.id());
    assertThat(
            matching.candidates(
                new ChildDescription(
                    "Mar",
                    "Tihstlewood",
                    null,
                    LocalDate.of(2012, 4, 17),
                    null,
                    null,
                    null,
                    "NB4 7QX",
                    "Riverside Academy"),
                10))
        .extracting(ChildCandidate::reference)
        .contains(kept.reference())
        .doesNotContain(merged.reference());

    List<String> keptAsEdited = merges.unmerge(merge, "The school says these are cousins.");

    assertThat(keptAsEdited).isEmpty();
    ChildRecord fullAfter = repository.find(twins.full().id()).orElseThrow();
    ChildRecord partialAfter = repository.find(twins.partial().id()).orElseThrow();
    assertThat(fullAfter.details()).isEqualTo(fullBefore);
    assertThat(partialAfter.details()).isEqualTo(partialBefore);
    assertThat(partialAfter.merged()).isFalse();
    assertThat(teamOf(twins.full().id())).isEqualTo(teamBefore);
    assertThat(teamOf(twins.partial().id())).containsExactly("nurse.singh");
    assertThat(actions(fullAfter.id())).contains("UNMERGE");
    assertThat(actions(partialAfter.id())).contains("UNMERGE");
    assertThat(index.all()).extracting(ChildRecord::id).contains(partialAfter.id());
  }

  @Test
  void anUnmergeNeverUndoesALaterMergeOfTheRecordItKept() {
    Twins twins = recordedTwice("Rosalind", "Kettleborough", "Ketltleborough");
    actAs.user("kw.jones");
    ChildRecord third =
        children.create(
            TestChildren.living(
                "Rosie",
                "Kettleborough",
                LocalDate.of(2012, 4, 17),
                Sex.FEMALE,
                null,
                "NB4 7QX",
                null));
    actAs.nobody();
    ChildRecord a = twins.partial();
    ChildRecord b = twins.full();
    ChildDetails aBefore = repository.find(a.id()).orElseThrow().details();
    ChildDetails bBefore = repository.find(b.id()).orElseThrow().details();
    ChildDetails cBefore = repository.find(third.id()).orElseThrow().details();

    UUID aIntoB = propose(pairOf(twins), b);
    actAs.user("screening.osei");
    merges.approve(aIntoB, "Same child: the nurse and the school agree.");
    UUID bIntoC = propose(pairOf(new Twins(third, b)), third);
    actAs.user("screening.osei");
    merges.approve(bIntoC, "Same child again, recorded a third time.");
    assertThat(repository.find(b.id()).orElseThrow().mergedInto()).isEqualTo(third.id());

    actAs.user("screening.lee");
    assertThatThrownBy(() -> merges.unmerge(aIntoB, "The first merge was wrong."))
        .isInstanceOf(MergeException.class)
        .extracting(e -> ((MergeException) e).messageKey())
        .isEqualTo("merge.error.keptMergedSince");
    assertThat(repository.find(b.id()).orElseThrow().mergedInto()).isEqualTo(third.id());
    assertThat(repository.find(a.id()).orElseThrow().mergedInto()).isEqualTo(b.id());
    assertThat(merges.view(aIntoB).done()).isTrue();

    merges.unmerge(bIntoC, "The third record is a different child.");
    merges.unmerge(aIntoB, "And so is the first.");

    assertThat(repository.find(a.id()).orElseThrow().details()).isEqualTo(aBefore);
    assertThat(repository.find(b.id()).orElseThrow().details()).isEqualTo(bBefore);
    assertThat(repository.find(third.id()).orElseThrow().details()).isEqualTo(cBefore);
    assertThat(index.all()).extracting(ChildRecord::id).contains(a.id(), b.id(), third.id());
  }

  @Test
  void mergingTwoRecordsThatBothHaveOpenCasesIsFlaggedToBothKeyWorkers() {
    Twins twins = recordedTwice("Henrietta", "Quarrendon", "Qaurrendon");
    teams.assign(twins.partial().id(), user("kw.ahmed"), TeamRole.KEY_WORKER);
    cases.openOrAdd(twins.full().id(), "CON-TEST-OPEN-1");
    cases.openOrAdd(twins.partial().id(), "CON-TEST-OPEN-2");
    UUID merge = propose(pairOf(twins), twins.full());
    assertThat(merges.openWork(twins.full().id()))
        .extracting(OpenWork.Item::messageKey)
        .contains("cases.openWork.case");
    assertThat(merges.openWork(twins.partial().id())).isNotEmpty();

    actAs.user("screening.osei");
    merges.approve(merge, "One child, two open cases: the key workers will bring them together.");

    for (String keyWorker : List.of("kw.jones", "kw.ahmed")) {
      assertThat(
              jdbc.sql(
                      "SELECT count(*) FROM notification WHERE recipient_id = ? AND kind = 'MERGE'"
                          + " AND subject_id = ? AND message LIKE ?")
                  .params(
                      user(keyWorker).value(),
                      merge,
                      "%" + twins.partial().reference() + " was merged into%open work%")
                  .query(Long.class)
                  .single())
          .as("notification to %s", keyWorker)
          .isEqualTo(1);
    }
  }

  @Test
  void aMergeWithOpenWorkOnOnlyOneSideTellsNobody() {
    Twins twins = recordedTwice("Clementine", "Ashbourne", "Ahsbourne");
    cases.openOrAdd(twins.full().id(), "CON-TEST-OPEN-3");
    UUID merge = propose(pairOf(twins), twins.full());
    actAs.user("screening.osei");
    merges.approve(merge, "Same child; only one record has a case.");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM notification WHERE subject_id = ? AND kind = 'MERGE'"
                        + " AND message LIKE '%open work%'")
                .param(merge)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anApprovalIsRefusedWhenARecordChangedAfterTheProposal() {
    Twins twins = recordedTwice("Philippa", "Wrenshaw", "Wernshaw");
    UUID merge = propose(pairOf(twins), twins.full());
    actAs.user("kw.jones");
    ChildRecord full = children.view(twins.full().id());
    ChildDetails d = full.details();
    children.update(full.id(), full.version(), withOtherNamesAndAddress(d, "Pip", d.address()));

    actAs.user("screening.osei");
    assertThatThrownBy(() -> merges.approve(merge, "Looks like the same child."))
        .isInstanceOf(MergeException.class)
        .extracting(e -> ((MergeException) e).messageKey())
        .isEqualTo("merge.error.changedSinceProposal");
    assertThat(repository.find(twins.partial().id()).orElseThrow().merged()).isFalse();
  }

  @Test
  void anUnmergeLeavesDetailsEditedAfterTheMergeAndSaysWhich() {
    Twins twins = recordedTwice("Gwendolyn", "Harrowgate", "Hrarowgate");
    UUID merge = propose(pairOf(twins), twins.full());
    actAs.user("screening.osei");
    merges.approve(merge, "Same child, confirmed by the nurse.");
    actAs.user("kw.jones");
    ChildRecord kept = children.view(twins.full().id());
    ChildDetails d = kept.details();
    children.update(
        kept.id(),
        kept.version(),
        withOtherNamesAndAddress(d, d.otherNames(), "12 New Road, Northbridge"));

    actAs.user("screening.lee");
    List<String> keptAsEdited = merges.unmerge(merge, "The nurse meant a different child.");

    assertThat(keptAsEdited).containsExactly("address");
    ChildRecord after = repository.find(twins.full().id()).orElseThrow();
    assertThat(after.details().address()).isEqualTo("12 New Road, Northbridge");
    assertThat(after.details().otherNames()).isNull();
    assertThat(merges.view(merge).keptAsEdited()).containsExactly("address");
  }

  @Test
  void differentChildrenLeaveTheQueueAndAScanDoesNotBringThemBack() {
    Twins twins = recordedTwice("Annabeth", "Coldharbour", "Cloldharbour");
    DuplicatePair pair = pairOf(twins);
    duplicates.notTheSameChild(pair.id(), "Twins: two children with one birthday.");

    duplicates.scan();

    assertThat(duplicates.queue(500)).extracting(DuplicatePair::id).doesNotContain(pair.id());
    assertThat(
            jdbc.sql("SELECT status FROM child_duplicate WHERE id = ?")
                .param(pair.id())
                .query(String.class)
                .single())
        .isEqualTo("NOT_SAME");
  }

  @Test
  void onlyScreeningOfficersWorkOnDuplicates() {
    actAs.user("kw.jones");
    assertThatThrownBy(() -> duplicates.queue(10)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> duplicates.scan()).isInstanceOf(AccessDeniedException.class);
  }

  private List<String> teamOf(ChildId child) {
    return teams.members(child).stream()
        .map(TeamMember::user)
        .map(u -> u.username())
        .sorted()
        .toList();
  }

  private List<String> actions(ChildId child) {
    return jdbc.sql("SELECT action FROM audit_event WHERE record_type = 'child' AND record_id = ?")
        .param(child.toString())
        .query(String.class)
        .list();
  }
}
