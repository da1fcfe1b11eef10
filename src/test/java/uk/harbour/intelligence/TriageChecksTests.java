package uk.harbour.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

/** The triage form's rules that need no database. */
class TriageChecksTests {

  @Test
  void aSafeguardingReferralIsASharedDecisionAndOtherOutcomesNeedNotBe() {
    BeanPropertyBindingResult referral = check("SAFEGUARDING_REFERRAL", "no");
    assertThat(referral.getFieldError("share")).isNotNull();
    assertThat(referral.getFieldError("share").getCode())
        .isEqualTo("intelligence.error.share.referral");

    assertThat(check("SAFEGUARDING_REFERRAL", "yes").hasErrors()).isFalse();
    assertThat(check("RECORDED", "no").hasErrors()).isFalse();
  }

  private static BeanPropertyBindingResult check(String outcome, String share) {
    TriageForm form = new TriageForm();
    form.setSourceEvaluation("2");
    form.setIntelligenceAssessment("B");
    form.setHandling("P");
    form.setSanitisedText("An adult offers lifts to children near the school.");
    form.setOutcome(outcome);
    form.setReasons("Corroborated");
    form.setShare(share);
    form.setWithWhom("yes".equals(share) ? "The screening team" : "");
    form.setLawfulBasis("LAW_ENFORCEMENT_PART_3");
    form.setWhy("To safeguard the child");
    BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
    TriageChecks.check(form, List.of(), errors);
    return errors;
  }
}
