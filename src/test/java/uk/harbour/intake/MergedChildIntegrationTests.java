package uk.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.harbour.cases.Cases;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.people.Sex;
import uk.harbour.testing.ActAs;
import uk.harbour.testing.TestChildren;

/**
 * A record merged into another takes no new links or cases: a screening officer who types its
 * reference links the concern to the record kept (and is told), and a referral for a concern linked
 * before the merge opens the kept record's case.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(ActAs.class)
class MergedChildIntegrationTests {

  @Autowired Concerns concerns;
  @Autowired Screening screening;
  @Autowired ChildLinks links;
  @Autowired Children children;
  @Autowired Cases cases;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;
  @Autowired java.util.List<uk.harbour.people.ChildPageLinks> pageLinks;

  @AfterEach
  void nobody() {
    actAs.nobody();
  }

  @Test
  void aMergedAwayReferenceLinksTheConcernToTheKeptRecord() {
    ChildRecord kept = child("Ottilie");
    ChildRecord merged = child("Otti");
    mergeInto(merged, kept);
    UUID id = submitted();
    actAs.user("screening.lee");

    assertThat(links.linkExisting(id, merged.reference()))
        .isEqualTo(ChildLinks.Result.LINKED_TO_KEPT);

    Concern linked = screening.open(id);
    assertThat(linked.childId()).isEqualTo(kept.id());
    assertThat(linked.childReference()).isEqualTo(kept.reference());
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE record_type = 'concern'"
                        + " AND record_id = ? AND detail LIKE ?")
                .params(id.toString(), "%" + merged.reference() + " was merged into it%")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    screening.decide(id, ScreeningOutcome.NO_FURTHER_ACTION, "Ends the screening access");
  }

  @Test
  void aReferralForAConcernLinkedBeforeTheMergeOpensTheKeptRecordsCase() {
    ChildRecord kept = child("Wilhelmina");
    ChildRecord merged = child("Mina");
    UUID id = submitted();
    actAs.user("screening.lee");
    assertThat(links.linkExisting(id, merged.reference())).isEqualTo(ChildLinks.Result.LINKED);
    mergeInto(merged, kept);

    assertThat(
            screening.decide(
                id, ScreeningOutcome.REFERRAL_TO_CSE_SERVICE, "Needs the specialist service"))
        .isNull();

    assertThat(cases.openCase(kept.id())).isPresent();
    assertThat(cases.openCase(merged.id())).isEmpty();
  }

  @Test
  void aMergedRecordsPageOffersNoNewCase() {
    ChildRecord kept = child("Philippa");
    ChildRecord merged = child("Pippa");
    mergeInto(merged, kept);
    actAs.user("kw.jones");

    assertThat(hrefs(kept, false)).contains("/cases/open/" + kept.id());
    assertThat(hrefs(merged, true)).noneMatch(href -> href.startsWith("/cases/open/"));
  }

  private java.util.List<String> hrefs(ChildRecord child, boolean merged) {
    return pageLinks.stream()
        .flatMap(l -> l.forChild(child.id(), merged).stream())
        .map(uk.harbour.people.ChildPageLinks.Link::href)
        .toList();
  }

  private ChildRecord child(String first) {
    actAs.user("kw.jones");
    ChildRecord c =
        children.create(TestChildren.named(first, "Merrow", LocalDate.of(2011, 9, 12), Sex.FEMALE));
    actAs.nobody();
    return c;
  }

  /** What an approved merge leaves in the child table (the merge itself is tested in people). */
  private void mergeInto(ChildRecord merged, ChildRecord kept) {
    jdbc.sql("UPDATE child SET merged_into = ?, version = version + 1 WHERE id = ?")
        .params(kept.id().value(), merged.id().value())
        .update();
  }

  private UUID submitted() {
    actAs.user("nurse.singh");
    UUID id = concerns.startDraft(ConcernFixtures.aConcern().details());
    concerns.submit(id, 1);
    return id;
  }
}
