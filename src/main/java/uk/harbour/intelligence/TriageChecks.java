package uk.harbour.intelligence;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import uk.harbour.shared.RecordIds;

/** Checks a triage form: every choice made, conditions written for C, reasons and sharing given. */
final class TriageChecks {

  private TriageChecks() {}

  static @Nullable TriageDecision check(TriageForm form, List<Item> items, Errors errors) {
    SourceEvaluation source =
        required(form.getSourceEvaluation(), SourceEvaluation::ofCode, "sourceEvaluation", errors);
    IntelligenceAssessment assessment =
        required(
            form.getIntelligenceAssessment(),
            IntelligenceAssessment::valueOf,
            "intelligenceAssessment",
            errors);
    Handling handling = required(form.getHandling(), Handling::valueOf, "handling", errors);
    String conditions =
        SubmissionChecks.text(
            form.getHandlingConditions(), "handlingConditions", SubmissionChecks.LONG, errors);
    if (handling == Handling.C
        && conditions == null
        && !errors.hasFieldErrors("handlingConditions")) {
      errors.rejectValue("handlingConditions", "intelligence.error.conditions.required");
    }
    String sanitised =
        SubmissionChecks.text(
            form.getSanitisedText(), "sanitisedText", SubmissionChecks.LONG, errors);
    if (sanitised == null && !errors.hasFieldErrors("sanitisedText")) {
      errors.rejectValue("sanitisedText", "intelligence.error.sanitisedText.required");
    }
    Outcome outcome = required(form.getOutcome(), Outcome::valueOf, "outcome", errors);
    String reasons =
        SubmissionChecks.text(form.getReasons(), "reasons", SubmissionChecks.LONG, errors);
    if (reasons == null && !errors.hasFieldErrors("reasons")) {
      errors.rejectValue("reasons", "intelligence.error.reasons.required");
    }
    Boolean share =
        required(
            form.getShare(),
            v ->
                switch (v) {
                  case "yes" -> true;
                  case "no" -> false;
                  default -> throw new IllegalArgumentException(v);
                },
            "share",
            errors);
    if (outcome == Outcome.SAFEGUARDING_REFERRAL
        && Boolean.FALSE.equals(share)
        && !errors.hasFieldErrors("share")) {
      // A referral to screening passes the sanitised text to the screening team: a share.
      errors.rejectValue("share", "intelligence.error.share.referral");
    }
    String withWhom =
        SubmissionChecks.text(form.getWithWhom(), "withWhom", SubmissionChecks.SHORT, errors);
    if (Boolean.TRUE.equals(share) && withWhom == null && !errors.hasFieldErrors("withWhom")) {
      errors.rejectValue("withWhom", "intelligence.error.withWhom.required");
    }
    LawfulBasis basis =
        required(form.getLawfulBasis(), LawfulBasis::valueOf, "lawfulBasis", errors);
    String why = SubmissionChecks.text(form.getWhy(), "why", SubmissionChecks.LONG, errors);
    if (why == null && !errors.hasFieldErrors("why")) {
      errors.rejectValue("why", "intelligence.error.why.required");
    }
    List<TriageDecision.Resolution> resolutions = new ArrayList<>();
    for (Item item : items) {
      if (!item.identifies()) {
        continue;
      }
      String chosen = form.getResolutions().get(item.id().toString());
      String field = "resolutions[" + item.id() + "]";
      if (chosen == null || chosen.isBlank()) {
        errors.rejectValue(field, "intelligence.error.resolution.required");
      } else if (TriageForm.NEW.equals(chosen)) {
        resolutions.add(new TriageDecision.Resolution(item.id(), null));
      } else {
        UUID entity = RecordIds.parseOrNull(chosen);
        if (entity == null) {
          errors.rejectValue(field, "intelligence.error.choice");
        } else {
          resolutions.add(new TriageDecision.Resolution(item.id(), entity));
        }
      }
    }
    if (errors.hasErrors()) {
      return null;
    }
    return new TriageDecision(
        new Submission.Grade(source, assessment, handling, conditions),
        sanitised,
        outcome,
        reasons,
        resolutions,
        new TriageDecision.Sharing(share, withWhom == null ? "nobody" : withWhom, basis, why),
        form.isLinksReviewed() ? form.keptLinks() : null);
  }

  private static <T> @Nullable T required(
      String raw, Function<String, T> parse, String field, Errors errors) {
    if (raw == null || raw.isBlank()) {
      errors.rejectValue(field, "intelligence.error." + field + ".required");
      return null;
    }
    try {
      return parse.apply(raw);
    } catch (IllegalArgumentException notAChoice) {
      errors.rejectValue(field, "intelligence.error.choice");
      return null;
    }
  }
}
