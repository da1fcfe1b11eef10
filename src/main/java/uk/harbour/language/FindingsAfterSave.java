package uk.harbour.language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.harbour.shared.FreeTextCheck;

/**
 * Checks free text after a save, for any module: the findings go to the page the redirect leads to
 * (flash attributes {@code languageFindings}, {@code languageChange}, {@code languageBack}, shown
 * by {@code language/findings :: afterSave}); every finding shown is counted for learning (SHOWN),
 * and an entry flagged in a field's previous text but no longer in the saved one is counted as
 * CHANGED. The save itself has already happened: nothing is ever blocked.
 */
@Component
public class FindingsAfterSave implements FreeTextCheck {

  private final LanguageGuide guide;

  FindingsAfterSave(LanguageGuide guide) {
    this.guide = guide;
  }

  @Override
  public Map<String, Object> afterSave(
      List<Field> fields, Integer childAge, String changeHref, String back) {
    return afterSave(fields, TextContext.ofAge(childAge), changeHref, back);
  }

  /** As {@link #afterSave(List, Integer, String, String)}, with the whole context of the record. */
  public Map<String, Object> afterSave(
      List<Field> fields, TextContext context, String changeHref, String back) {
    List<FieldFindings> found = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (Field field : fields) {
      List<Finding> now =
          field.text() == null || field.text().isBlank()
              ? List.of()
              : guide.check(field.text(), context);
      if (!now.isEmpty()) {
        found.add(new FieldFindings(field.name(), field.labelKey(), now));
      }
      if (field.previousText() != null && !field.previousText().isBlank()) {
        Set<String> still = ids(now);
        for (String id : ids(guide.check(field.previousText(), context))) {
          if (!still.contains(id)) {
            changed.add(id);
          }
        }
      }
    }
    for (String id : changed) {
      guide.record(id, FindingOutcome.CHANGED);
    }
    if (found.isEmpty()) {
      return Map.of();
    }
    guide.recordShown(found);
    Map<String, Object> flash = new LinkedHashMap<>();
    flash.put("languageFindings", found);
    if (changeHref != null) {
      flash.put("languageChange", changeHref);
    }
    flash.put("languageBack", back);
    return flash;
  }

  private static Set<String> ids(List<Finding> findings) {
    Set<String> ids = new HashSet<>();
    for (Finding f : findings) {
      ids.add(f.entryId());
    }
    return ids;
  }
}
