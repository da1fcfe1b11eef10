package uk.harbour.shared;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The language guide's check of free text on save, for modules that cannot depend on the language
 * module (it is implemented there). The save is never blocked: the caller saves, then hands the
 * returned attributes to the page its redirect leads to (as flash attributes), where the fragment
 * {@code language/findings :: afterSave} shows the findings with "Change the text" and "Keep as
 * written". Never pass the young person's own words or a member of the public's report.
 */
public interface FreeTextCheck {

  /**
   * One free-text field as saved.
   *
   * @param name the field's name on the form (also its element id, for "Change the text")
   * @param labelKey the message key of its label
   * @param text what was saved
   * @param previousText what the field held before this save (null for a new record): entries no
   *     longer flagged in it are counted as changed
   */
  record Field(String name, String labelKey, String text, @Nullable String previousText) {
    public Field(String name, String labelKey, String text) {
      this(name, labelKey, text, null);
    }
  }

  /**
   * Checks the saved fields and returns the flash attributes for the next page (empty when the
   * guide noticed nothing).
   *
   * @param childAge the child's age if the record gives it, else null
   * @param changeHref where the text can still be changed, or null if it no longer can
   * @param back the page the redirect leads to ("Keep as written" returns there)
   */
  Map<String, Object> afterSave(
      List<Field> fields, @Nullable Integer childAge, @Nullable String changeHref, String back);
}
