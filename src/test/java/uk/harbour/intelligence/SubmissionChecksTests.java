package uk.harbour.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import uk.harbour.shared.ChildId;

/** What a submission's form becomes, and what it refuses, before anything is saved. */
class SubmissionChecksTests {

  @Test
  void platesPhonesAndPostcodesAreNormalisedAndBlankRowsDropped() {
    SubmissionForm form = SubmissionForm.blank();
    form.setWhatKnown("Adult seen");
    form.getItems().get(1).setPlate("kx17 ?bc");
    form.getItems().get(2).setPhone("+44 (0)7700-900123");
    form.getItems().get(4).setPostcode("nb12xy");
    var errors = new BeanPropertyBindingResult(form, "form");
    SubmissionDraft draft = SubmissionChecks.check(form, errors, false, Set.of());
    assertThat(errors.hasErrors()).isFalse();
    assertThat(draft.items())
        .extracting(Item::kind)
        .containsExactly(EntityKind.VEHICLE, EntityKind.PHONE, EntityKind.PLACE);
    assertThat(draft.items().get(0).plate()).isEqualTo("KX17?BC");
    assertThat(draft.items().get(1).phone()).isEqualTo("+447700900123");
    assertThat(draft.items().get(2).postcode()).isEqualTo("NB1 2XY");
  }

  @Test
  void whatCannotBeNormalisedOrIsTooLongIsRefusedNeverCut() {
    SubmissionForm form = SubmissionForm.blank();
    form.setWhatKnown("x".repeat(SubmissionChecks.LONG + 1));
    form.getItems().get(0).setNickname("y".repeat(SubmissionChecks.SHORT + 1));
    form.getItems().get(1).setPlate("KX17 AB£");
    form.getItems().get(2).setPhone("call me");
    form.getItems().get(4).setPostcode("not a postcode");
    form.getItems().get(0).setApproxAge("about twenty");
    var errors = new BeanPropertyBindingResult(form, "form");
    SubmissionChecks.check(form, errors, true, Set.of());
    assertThat(errors.getFieldErrors())
        .extracting(e -> e.getField())
        .contains(
            "whatKnown",
            "items[0].nickname",
            "items[1].plate",
            "items[2].phone",
            "items[4].postcode",
            "items[0].approxAge");
  }

  @Test
  void submittingNeedsWhatIsKnownAndHowAndRiskNowNeedsItsDetails() {
    SubmissionForm form = SubmissionForm.blank();
    form.setRiskNow(true);
    var errors = new BeanPropertyBindingResult(form, "form");
    SubmissionChecks.check(form, errors, true, Set.of());
    assertThat(errors.getFieldErrors())
        .extracting(e -> e.getField())
        .containsExactlyInAnyOrder("whatKnown", "howKnown", "riskNowDetails");
    var draftErrors = new BeanPropertyBindingResult(form, "form");
    form.setRiskNow(false);
    assertThat(SubmissionChecks.check(form, draftErrors, false, Set.of()).isEmpty()).isTrue();
    assertThat(draftErrors.hasErrors()).as("a draft needs nothing").isFalse();
  }

  @Test
  void onlyChildrenOfferedToTheUserCanBeNamedByTheirRecord() {
    ChildId offered = new ChildId(UUID.randomUUID());
    SubmissionForm form = SubmissionForm.blank();
    form.setWhatKnown("Seen together");
    form.setChildIds(List.of(offered.toString(), UUID.randomUUID().toString()));
    var errors = new BeanPropertyBindingResult(form, "form");
    SubmissionDraft draft = SubmissionChecks.check(form, errors, false, Set.of(offered));
    assertThat(errors.getFieldErrors()).extracting(e -> e.getField()).containsExactly("childIds");
    assertThat(draft.children()).containsExactly(offered);
  }

  @Test
  void aSubmissionNamingNothingThatIdentifiesIsSoFlagged() {
    SubmissionForm form = SubmissionForm.blank();
    form.setWhatKnown("Something felt wrong");
    form.getItems().get(0).setDescription("tall, dark coat");
    var errors = new BeanPropertyBindingResult(form, "form");
    SubmissionDraft draft = SubmissionChecks.check(form, errors, false, Set.of());
    assertThat(draft.items()).hasSize(1);
    assertThat(draft.identifiesAnything()).isFalse();
  }

  @Test
  void handlingCodeCNeedsItsConditionsWritten() {
    TriageForm form = new TriageForm();
    form.setSourceEvaluation("2");
    form.setIntelligenceAssessment("B");
    form.setHandling("C");
    form.setSanitisedText("Adult seen near the park");
    form.setOutcome("RECORDED");
    form.setReasons("Corroborated");
    form.setShare("no");
    form.setLawfulBasis("LAW_ENFORCEMENT_PART_3");
    form.setWhy("Nothing to share yet");
    var errors = new BeanPropertyBindingResult(form, "triageForm");
    assertThat(TriageChecks.check(form, List.of(), errors)).isNull();
    assertThat(errors.getFieldErrors())
        .extracting(e -> e.getField())
        .containsExactly("handlingConditions");
    form.setHandlingConditions("Police only");
    var again = new BeanPropertyBindingResult(form, "triageForm");
    TriageDecision decision = TriageChecks.check(form, List.of(), again);
    assertThat(decision.grade().code()).isEqualTo("2BC");
    assertThat(decision.sharing().share()).isFalse();
  }
}
