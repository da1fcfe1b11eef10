package uk.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

class ConcernFormValidatorTests {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

  @Test
  void aDraftMayBeIncompleteButNothingMayBeTooLong() {
    ConcernForm form = ConcernForm.blank();
    form.getChild().setOtherNames("JJ");
    assertThat(draftErrors(form)).isEmpty();
    form.setWhatHappened("x".repeat(Text.ACCOUNT_MAX));
    assertThat(draftErrors(form)).isEmpty();
    form.setWhatHappened("x".repeat(Text.ACCOUNT_MAX + 1));
    form.getPeople().get(1).setDescription("y".repeat(Text.TEXT_MAX + 1));
    assertThat(draftErrors(form)).containsExactly("whatHappened", "people[1].description");
  }

  @Test
  void submissionNeedsWhoWhatAndHowTheReporterKnows() {
    ConcernForm form = ConcernForm.blank();
    assertThat(submissionErrors(form))
        .containsExactlyInAnyOrder(
            "child.firstName", "whatHappened", "informationSource", "reliability");
    form.setNameUnknown(true);
    assertThat(submissionErrors(form)).contains("description").doesNotContain("child.firstName");
    form.setDescription("About 14, red coat, often at the bus station");
    form.setWhatHappened("Seen with an adult who worries me");
    form.setInformationSource(InformationSource.TOLD_BY_CHILD);
    form.setReliability(Reliability.CANNOT_SAY);
    assertThat(submissionErrors(form)).isEmpty();
  }

  @Test
  void aNicknameAloneIsEnoughToName() {
    ConcernForm form = complete();
    form.getChild().setOtherNames("Kez");
    assertThat(submissionErrors(form)).isEmpty();
  }

  @Test
  void datesAndAgesMustMakeSense() {
    ConcernForm form = complete();
    form.getChild().getDateOfBirth().setDay("31");
    form.getChild().getDateOfBirth().setMonth("2");
    form.getChild().getDateOfBirth().setYear("2012");
    form.getHappenedOn().setDay("1");
    form.getHappenedOn().setMonth("1");
    form.getHappenedOn().setYear("2027");
    form.getChild().setApproximateAge("about 14");
    assertThat(submissionErrors(form))
        .containsExactlyInAnyOrder("child.dateOfBirth", "happenedOn", "child.approximateAge");
  }

  @Test
  void blankRowsAreNotKeptAndTextIsKeptAsTyped() {
    ConcernForm form = complete();
    form.getPeople().get(1).setNames("  Dean  ");
    ConcernDetails details = form.toDetails();
    assertThat(details.connections().people()).hasSize(1);
    assertThat(details.connections().people().get(0).names()).isEqualTo("  Dean  ");
    assertThat(details.connections().vehicles()).isEmpty();
  }

  private static ConcernForm complete() {
    ConcernForm form = ConcernForm.blank();
    form.setWhatHappened("Seen with an adult who worries me");
    form.setInformationSource(InformationSource.FIRST_HAND);
    form.setReliability(Reliability.PROBABLY_TRUE);
    form.getChild().setFirstName("Jaydn");
    return form;
  }

  private static List<String> draftErrors(ConcernForm form) {
    BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
    ConcernFormValidator.validateDraft(form, errors, TODAY);
    return errors.getFieldErrors().stream().map(FieldError::getField).toList();
  }

  private static List<String> submissionErrors(ConcernForm form) {
    BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
    ConcernFormValidator.validateSubmission(form, errors, TODAY);
    return errors.getFieldErrors().stream().map(FieldError::getField).toList();
  }
}
