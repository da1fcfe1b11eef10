package uk.harbour.disruption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import uk.harbour.intelligence.EntityKind;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.DateInput;
import uk.harbour.shared.UserId;

/** The checks of the disruption activity form, each giving its GOV.UK error. */
class ActivityFormTests {

  static final UserId OFFICER = new UserId(UUID.randomUUID());
  static final ChildId CHILD = new ChildId(UUID.randomUUID());
  static final Tactic DISPERSAL = tactic(2, TermUnit.DAYS);
  static final Tactic OPEN_ENDED = tactic(null, null);
  static final ActivityForm.Choices CHOICES =
      new ActivityForm.Choices(
          List.of(DISPERSAL, OPEN_ENDED), Set.of("Police"), Set.of(OFFICER), Set.of(CHILD));

  @Test
  void aCompleteFormIsAcceptedAndGivesTheChange() {
    ActivityForm form = valid(OPEN_ENDED);
    form.setServed(DateInput.of(LocalDate.of(2026, 2, 1)));
    form.setExpires(DateInput.of(LocalDate.of(2028, 2, 1)));
    BindingResult result = check(form);
    assertThat(result.getAllErrors()).isEmpty();
    Activity.Change change = form.change(OPEN_ENDED);
    assertThat(change.children()).containsExactly(CHILD);
    assertThat(change.victimsViews()).isEqualTo("Asked at a home visit");
    assertThat(change.dates().expires()).isEqualTo(LocalDate.of(2028, 2, 1));
  }

  @Test
  void datesMustBeInOrderAndExpiryAfterServiceAndWithinTheTacticsLongestTerm() {
    ActivityForm early = valid(OPEN_ENDED);
    early.setApproved(DateInput.of(LocalDate.of(2025, 12, 1)));
    assertThat(codes(check(early), "approved"))
        .containsExactly("disruption.activity.error.order.approved");

    ActivityForm noService = valid(OPEN_ENDED);
    noService.setExpires(DateInput.of(LocalDate.of(2026, 3, 1)));
    assertThat(codes(check(noService), "expires"))
        .containsExactly("disruption.activity.error.expiresWithoutServed");

    ActivityForm backwards = valid(OPEN_ENDED);
    backwards.setServed(DateInput.of(LocalDate.of(2026, 3, 1)));
    backwards.setExpires(DateInput.of(LocalDate.of(2026, 3, 1)));
    assertThat(codes(check(backwards), "expires"))
        .containsExactly("disruption.activity.error.expiresBeforeServed");

    ActivityForm tooLong = valid(DISPERSAL);
    tooLong.setServed(DateInput.of(LocalDate.of(2026, 3, 1)));
    tooLong.setExpires(DateInput.of(LocalDate.of(2026, 3, 4)));
    assertThat(codes(check(tooLong), "expires"))
        .containsExactly("disruption.activity.error.expiresAfterMaximum");
    tooLong.setExpires(DateInput.of(LocalDate.of(2026, 3, 3)));
    assertThat(check(tooLong).getAllErrors()).isEmpty();
  }

  @Test
  void victimsViewsAreRequiredEitherWayAndLongTextIsRefusedNotCut() {
    ActivityForm none = valid(OPEN_ENDED);
    none.setVictimsViewsConsidered(null);
    assertThat(codes(check(none), "victimsViewsConsidered"))
        .containsExactly("disruption.activity.error.victimsViews");

    ActivityForm whyNot = valid(OPEN_ENDED);
    whyNot.setVictimsViewsConsidered("no");
    assertThat(codes(check(whyNot), "victimsViewsWhyNot"))
        .containsExactly("disruption.activity.error.victimsViewsWhyNot");

    ActivityForm longText = valid(OPEN_ENDED);
    longText.setConditions("x".repeat(FormChecks.LONG + 1));
    assertThat(codes(check(longText), "conditions")).containsExactly("disruption.error.tooLong");

    ActivityForm longNotes = valid(OPEN_ENDED);
    longNotes.setOutcome("REFUSED");
    longNotes.setOutcomeNotes("y".repeat(FormChecks.LONG + 1));
    assertThat(codes(check(longNotes), "outcomeNotes")).containsExactly("disruption.error.tooLong");
    longNotes.setOutcomeNotes("  The court found the evidence of risk too old.  ");
    assertThat(check(longNotes).getAllErrors()).isEmpty();
    assertThat(longNotes.change(OPEN_ENDED).outcomeNotes())
        .isEqualTo("The court found the evidence of risk too old.");
    longNotes.setOutcomeNotes("   ");
    assertThat(longNotes.change(OPEN_ENDED).outcomeNotes()).isNull();
  }

  @Test
  void onlyTheChoicesOnOfferAreAccepted() {
    ActivityForm form = valid(OPEN_ENDED);
    form.setTacticId(UUID.randomUUID().toString());
    form.setLeadAgency("Somewhere else");
    form.setLeadOfficer(UUID.randomUUID().toString());
    form.setChildren(List.of(UUID.randomUUID().toString()));
    BindingResult result = check(form);
    assertThat(codes(result, "tacticId")).containsExactly("disruption.activity.error.tactic");
    assertThat(codes(result, "leadAgency")).containsExactly("disruption.activity.error.leadAgency");
    assertThat(codes(result, "leadOfficer"))
        .containsExactly("disruption.activity.error.leadOfficer");
    assertThat(codes(result, "children")).containsExactly("disruption.activity.error.children");
  }

  private static ActivityForm valid(Tactic tactic) {
    ActivityForm form = new ActivityForm();
    form.setTacticId(tactic.id().toString());
    form.setLeadAgency("Police");
    form.setLeadOfficer(OFFICER.toString());
    form.setProposed(DateInput.of(LocalDate.of(2026, 1, 5)));
    form.setVictimsViewsConsidered("yes");
    form.setVictimsViewsHow("Asked at a home visit");
    form.setChildren(List.of(CHILD.toString()));
    return form;
  }

  private static BindingResult check(ActivityForm form) {
    BindingResult result = new BeanPropertyBindingResult(form, "form");
    form.validate(result, true, CHOICES);
    return result;
  }

  private static List<String> codes(BindingResult result, String field) {
    return result.getFieldErrors(field).stream().map(e -> e.getCode()).toList();
  }

  private static Tactic tactic(Integer max, TermUnit unit) {
    return new Tactic(
        UUID.randomUUID(),
        "T" + UUID.randomUUID(),
        "Tactic",
        "What it is",
        "Basis",
        "Police",
        "Court",
        List.of(EntityKind.PERSON),
        null,
        null,
        max,
        unit,
        "",
        null,
        1,
        Instant.EPOCH,
        "Test");
  }
}
