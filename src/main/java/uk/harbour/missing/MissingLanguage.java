package uk.harbour.missing;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.harbour.shared.FreeTextCheck;

/**
 * The language guide on the practitioners' free text about a missing child (where they were found,
 * the harm disclosed, why a return interview was not held, the interviewer's summary), where words
 * that blame the child ("went willingly", "putting themselves at risk") hide an adult's control.
 * Checked after the save, never blocking it. Never the young person's own words.
 */
@Component
class MissingLanguage {

  private final FreeTextCheck check;

  MissingLanguage(FreeTextCheck check) {
    this.check = check;
  }

  void afterReturn(
      RedirectAttributes redirect, EpisodeId id, EpisodeDraft.Return saved, MissingEpisode before) {
    List<FreeTextCheck.Field> fields = new ArrayList<>();
    add(
        fields,
        "foundWhere",
        "missing.language.foundWhere",
        saved.found().where(),
        before.found().where());
    add(
        fields,
        "harmNotes",
        "missing.language.harmNotes",
        saved.harm().notes(),
        before.harm().notes());
    String page = "/missing/episodes/" + id;
    check.afterSave(fields, null, page + "/return", page).forEach(redirect::addFlashAttribute);
  }

  void afterInterview(
      RedirectAttributes redirect,
      EpisodeId id,
      ReturnInterviews.Draft saved,
      ReturnInterview before) {
    List<FreeTextCheck.Field> fields = new ArrayList<>();
    add(
        fields,
        "notHeldReason",
        "missing.language.notHeldReason",
        saved.notHeldReason(),
        before.notHeldReason());
    add(
        fields,
        "accountSummary",
        "missing.language.accountSummary",
        saved.accountSummary(),
        before.accountSummary());
    String page = "/missing/episodes/" + id;
    check.afterSave(fields, null, page + "/interview", page).forEach(redirect::addFlashAttribute);
  }

  private static void add(
      List<FreeTextCheck.Field> fields,
      String name,
      String labelKey,
      @Nullable String text,
      @Nullable String previous) {
    if ((text != null && !text.isBlank()) || (previous != null && !previous.isBlank())) {
      fields.add(new FreeTextCheck.Field(name, labelKey, text == null ? "" : text, previous));
    }
  }
}
