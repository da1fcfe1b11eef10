package uk.harbour.intelligence;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.harbour.shared.ChildId;

/**
 * The intelligence unit decided that a submission is a safeguarding referral to screening: the
 * module that owns concerns turns it into one, in the same transaction. Carries only what may
 * travel: the sanitised text (never the source's words or the grade), the handling conditions when
 * it is C-coded, the children it is about and who decided.
 *
 * @param submissionId the submission
 * @param reference its receipt reference ({@code INT-XXXX-XXXX})
 * @param sanitisedText what the unit wrote to be disseminated
 * @param conditions the written handling conditions when the submission is C-coded, else null
 * @param children the children it is about (may be empty)
 * @param decidedBy the intelligence officer's user id
 * @param decidedByName their display name
 */
public record IntelligenceReferred(
    UUID submissionId,
    String reference,
    String sanitisedText,
    @Nullable String conditions,
    List<ChildId> children,
    UUID decidedBy,
    String decidedByName) {

  public IntelligenceReferred {
    Objects.requireNonNull(submissionId, "submissionId");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(sanitisedText, "sanitisedText");
    children = List.copyOf(children);
  }
}
