package uk.harbour.disruption;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.harbour.shared.FreeTextCheck;

/**
 * The language guide on a disruption activity's professional free text (its conditions, outcome
 * notes, how or why not the victims' views were considered, and what happened at a breach), where
 * words that blame the child ("went back to him willingly", "chose to go back") can hide the
 * adult's control. Checked after the save, never blocking it: the activity's page shows what the
 * guide noticed, with "Change the text" (the activity's form; a breach cannot be changed) and "Keep
 * as written". No linked child's age is passed: an activity may protect several children.
 */
@Component
class ActivityLanguage {

  private final FreeTextCheck check;

  ActivityLanguage(FreeTextCheck check) {
    this.check = check;
  }

  /** After an activity is recorded ({@code before} null) or changed. */
  void afterSave(
      RedirectAttributes redirect,
      DisruptionId id,
      Activity.Change saved,
      Activity.@Nullable Change before) {
    List<FreeTextCheck.Field> fields = new ArrayList<>();
    add(
        fields,
        "conditions",
        "disruption.language.conditions",
        saved.conditions(),
        before == null ? null : before.conditions());
    add(
        fields,
        "outcomeNotes",
        "disruption.language.outcomeNotes",
        saved.outcomeNotes(),
        before == null ? null : before.outcomeNotes());
    boolean sameAnswer =
        before != null && before.victimsViewsConsidered() == saved.victimsViewsConsidered();
    add(
        fields,
        saved.victimsViewsConsidered() ? "victimsViewsHow" : "victimsViewsWhyNot",
        saved.victimsViewsConsidered()
            ? "disruption.language.victimsViewsHow"
            : "disruption.language.victimsViewsWhyNot",
        saved.victimsViews(),
        sameAnswer ? before.victimsViews() : null);
    String page = "/disruption/" + id;
    check.afterSave(fields, null, page + "/edit", page).forEach(redirect::addFlashAttribute);
  }

  /** After a breach is recorded: it cannot be changed, so there is no "Change the text". */
  void afterBreach(RedirectAttributes redirect, DisruptionId id, String whatHappened) {
    check
        .afterSave(
            List.of(
                new FreeTextCheck.Field(
                    "whatHappened", "disruption.language.whatHappened", whatHappened)),
            null,
            null,
            "/disruption/" + id)
        .forEach(redirect::addFlashAttribute);
  }

  private static void add(
      List<FreeTextCheck.Field> fields,
      String name,
      String labelKey,
      @Nullable String text,
      @Nullable String previous) {
    // A field emptied still goes through, so entries flagged before are counted as changed.
    if ((text != null && !text.isBlank()) || (previous != null && !previous.isBlank())) {
      fields.add(new FreeTextCheck.Field(name, labelKey, text == null ? "" : text, previous));
    }
  }
}
