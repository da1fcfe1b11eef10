package uk.harbour.contexts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.harbour.shared.FreeTextCheck;

/**
 * The language guide on the register's and the peer map's free text, after the save and never
 * blocking it (as disruption does): the page the save leads to shows what the guide noticed, with
 * "Keep as written". Records here are added, not changed, so there is no "Change the text".
 */
@Component
class ContextLanguage {

  private final FreeTextCheck check;

  ContextLanguage(FreeTextCheck check) {
    this.check = check;
  }

  /**
   * @param fields field name to its label's message key and the saved text
   */
  void afterSave(
      RedirectAttributes redirect,
      Map<String, String[]> fields,
      @Nullable String change,
      String back) {
    List<FreeTextCheck.Field> checked = new ArrayList<>();
    fields.forEach(
        (name, labelAndText) -> {
          if (labelAndText[1] != null && !labelAndText[1].isBlank()) {
            checked.add(new FreeTextCheck.Field(name, labelAndText[0], labelAndText[1]));
          }
        });
    check.afterSave(checked, null, change, back).forEach(redirect::addFlashAttribute);
  }
}
