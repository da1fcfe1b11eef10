package uk.harbour.shared;

import java.util.function.Supplier;
import org.springframework.ui.Model;

/**
 * The one way a form saves a record that someone else may have saved since the user opened it. On
 * success the page redirects (post/redirect/get). On a stale version nothing was overwritten: the
 * form is shown again with what the user typed, and the model carries the {@link
 * StaleRecordException} as {@value #MODEL_ATTRIBUTE} (who changed the record and when), which the
 * page shows with {@code web/components/record-changed} or its own summary.
 */
public final class StaleSave {

  /** The model attribute holding the {@link StaleRecordException} when a save was refused. */
  public static final String MODEL_ATTRIBUTE = "stale";

  private StaleSave() {}

  /**
   * Runs {@code save}, then returns what {@code saved} returns (it adds any flash messages and
   * names the redirect). If the record changed since the form was opened, puts the exception in the
   * model and returns what {@code showAgain} returns instead: the form page again, built from the
   * record as it is now (with the form's version brought up to date, so a second save can succeed).
   * Any other exception passes through.
   */
  public static String saveOrShowAgain(
      Model model, Runnable save, Supplier<String> saved, Supplier<String> showAgain) {
    try {
      save.run();
    } catch (StaleRecordException stale) {
      model.addAttribute(MODEL_ATTRIBUTE, stale);
      return showAgain.get();
    }
    return saved.get();
  }
}
