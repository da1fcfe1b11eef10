package uk.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import uk.harbour.shared.Indicator;
import uk.harbour.shared.RecordNotFoundException;
import uk.harbour.shared.StaleRecordException;
import uk.harbour.testing.ActAs;

/** The concerns service against the real database: drafts, submission, access and audit. */
@SpringBootTest
@ActiveProfiles("test")
@Import(ActAs.class)
@RecordApplicationEvents
class ConcernsIntegrationTests {

  @Autowired Concerns concerns;
  @Autowired ActAs actAs;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  @AfterEach
  void nobody() {
    actAs.nobody();
  }

  @Test
  void everyReadAndChangeOfAConcernIsAudited() {
    actAs.user("nurse.singh");
    UUID id = concerns.startDraft(ConcernFixtures.aConcern().details());
    concerns.saveDraft(id, 1, ConcernFixtures.aConcern().saying("More detail").details());
    concerns.view(id);
    String reference = concerns.submit(id, 2);
    concerns.mine();

    List<String> audited =
        jdbc.sql(
                "SELECT action || ' ' || coalesce(detail, '') FROM audit_event"
                    + " WHERE record_type = 'concern' AND record_id = ? AND username = 'nurse.singh'"
                    + " ORDER BY seq")
            .param(id.toString())
            .query(String.class)
            .list();
    assertThat(audited)
        .containsExactly(
            "CREATE draft", "CHANGE draft saved", "VIEW ", "CHANGE submitted " + reference);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE username = 'nurse.singh'"
                        + " AND record_type = 'concern' AND detail LIKE 'my concerns, results %'")
                .query(Long.class)
                .single())
        .isPositive();
    assertThat(events.stream(ConcernSubmitted.class))
        .anySatisfy(e -> assertThat(e.reference()).isEqualTo(reference));
  }

  @Test
  void aStaleSaveOverwritesNothing() {
    actAs.user("nurse.singh");
    UUID id = concerns.startDraft(ConcernFixtures.aConcern().saying("First").details());
    concerns.saveDraft(id, 1, ConcernFixtures.aConcern().saying("Second tab").details());
    assertThatThrownBy(
            () ->
                concerns.saveDraft(id, 1, ConcernFixtures.aConcern().saying("First tab").details()))
        .isInstanceOf(StaleRecordException.class);
    assertThat(concerns.view(id).details().happened().account()).isEqualTo("Second tab");
    assertThatThrownBy(() -> concerns.submit(id, 1)).isInstanceOf(StaleRecordException.class);
    assertThat(concerns.view(id).isDraft()).isTrue();
  }

  @Test
  void theRepeatingPartsAndObservationsAreKeptInOrder() {
    actAs.user("nurse.singh");
    UUID id =
        concerns.startDraft(
            ConcernFixtures.aConcern()
                .noting(Indicator.GOING_MISSING, "Missing overnight twice")
                .noting(Indicator.DISABILITY, "Has a learning disability")
                .details());
    Concern concern = concerns.view(id);
    assertThat(concern.details().connections().vehicles())
        .extracting(Connections.Vehicle::registration)
        .containsExactly("BD5? ?XK");
    assertThat(concern.details().connections().people())
        .extracting(Connections.PersonOfConcern::nicknames)
        .containsExactly("D");
    assertThat(concern.details().observations())
        .containsOnlyKeys(Indicator.DISABILITY, Indicator.GOING_MISSING)
        .containsEntry(Indicator.GOING_MISSING, "Missing overnight twice");
  }

  @Test
  void aDraftIsItsReportersAloneAndASubmittedConcernIsNotEditable() {
    actAs.user("nurse.singh");
    UUID id = concerns.startDraft(ConcernFixtures.aConcern().details());
    actAs.user("health.walsh");
    assertThatThrownBy(() -> concerns.view(id)).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> concerns.saveDraft(id, 1, ConcernFixtures.aConcern().details()))
        .isInstanceOf(RecordNotFoundException.class);
    actAs.user("screening.lee");
    assertThatThrownBy(() -> concerns.view(id)).isInstanceOf(RecordNotFoundException.class);

    actAs.user("nurse.singh");
    concerns.submit(id, 1);
    assertThatThrownBy(() -> concerns.saveDraft(id, 2, ConcernFixtures.aConcern().details()))
        .isInstanceOf(RecordNotFoundException.class);
    actAs.user("screening.lee");
    assertThat(concerns.view(id).awaitingDecision()).isTrue();
    actAs.user("health.walsh");
    assertThatThrownBy(() -> concerns.view(id)).isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void administratorsDoNotRaiseConcerns() {
    actAs.user("admin.hughes");
    assertThatThrownBy(() -> concerns.startDraft(ConcernFixtures.aConcern().details()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void referenceNumbersAreUniqueAndInTheExpectedForm() {
    actAs.user("nurse.singh");
    UUID first = concerns.startDraft(ConcernFixtures.aConcern().details());
    UUID second = concerns.startDraft(ConcernFixtures.aConcern().details());
    String a = concerns.submit(first, 1);
    String b = concerns.submit(second, 1);
    assertThat(a).matches("CON-\\d{4}-\\d{6}");
    assertThat(b).matches("CON-\\d{4}-\\d{6}").isNotEqualTo(a);
    assertThat(concerns.unusedReference()).isNotIn(a, b);
  }
}
