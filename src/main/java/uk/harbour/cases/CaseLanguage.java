package uk.harbour.cases;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.harbour.language.FieldFindings;
import uk.harbour.language.LanguageGuide;
import uk.harbour.language.TextContext;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.shared.AuditAction;

/**
 * The language guide on a case's free text: after a save, the page the practitioner lands on shows
 * what the guide noticed, why it matters and better words, with "Change the text" and "Keep as
 * written". Saving is never blocked. The child's age from their record feeds the age rules. Text a
 * form marks as the young person's own words is not passed here: Harbour does not police children's
 * language.
 */
@Component
public class CaseLanguage {

  /** One free-text field: its form field name (also its element id), label key and text. */
  public record Field(String name, String labelKey, String text) {}

  private final LanguageGuide guide;
  private final Cases cases;
  private final Children children;
  private final Clock clock;

  CaseLanguage(LanguageGuide guide, Cases cases, Children children, Clock clock) {
    this.guide = guide;
    this.cases = cases;
    this.children = children;
    this.clock = clock;
  }

  /**
   * Checks the fields and, if the guide noticed anything, hands the findings to the page the
   * redirect leads to (model attributes {@code languageFindings}, {@code languageChange}, {@code
   * languageBack}, shown by the {@code language/findings} fragment).
   *
   * @param changeHref where the text can be changed, or null if it no longer can
   * @param back the page "Keep as written" returns to (the page after the redirect)
   */
  public void afterSave(
      RedirectAttributes redirect,
      CaseId caseId,
      List<Field> fields,
      String changeHref,
      String back) {
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (Field field : fields) {
      if (field.text() != null && !field.text().isBlank()) {
        texts.put(field.name(), field.text());
        labels.put(field.name(), field.labelKey());
      }
    }
    if (texts.isEmpty()) {
      return;
    }
    List<FieldFindings> found = new ArrayList<>();
    guide
        .checkFields(texts, TextContext.ofAge(age(cases.requireCase(caseId, AuditAction.VIEW))))
        .forEach(
            (name, findings) -> found.add(new FieldFindings(name, labels.get(name), findings)));
    if (!found.isEmpty()) {
      redirect.addFlashAttribute("languageFindings", found);
      redirect.addFlashAttribute("languageChange", changeHref);
      redirect.addFlashAttribute("languageBack", back);
    }
  }

  private Integer age(CaseSummary caseSummary) {
    List<ChildRecord> child =
        children.visibleAmong(Set.of(caseSummary.child()), "language check on a case");
    return child.isEmpty() ? null : child.get(0).age(clock);
  }
}
