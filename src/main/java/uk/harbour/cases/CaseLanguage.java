package uk.harbour.cases;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.harbour.audit.AuditAction;
import uk.harbour.language.FindingsAfterSave;
import uk.harbour.language.TextContext;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.shared.FreeTextCheck;

/**
 * The language guide on a case's free text: after a save, the page the practitioner lands on shows
 * what the guide noticed, why it matters and better words, with "Change the text" and "Keep as
 * written". Saving is never blocked. The child's age from their record feeds the age rules. Text a
 * form marks as the young person's own words is not passed here: Harbour does not police children's
 * language. Every finding shown is counted for learning, and, where the form changed existing text,
 * entries no longer flagged in it are counted as changed.
 */
@Component
public class CaseLanguage {

  /**
   * One free-text field: its form field name (also its element id), label key and text, and what it
   * held before this save if the form changed existing text (null otherwise): entries no longer
   * flagged are counted as changed.
   */
  public record Field(String name, String labelKey, String text, String previousText) {
    public Field(String name, String labelKey, String text) {
      this(name, labelKey, text, null);
    }
  }

  private final FindingsAfterSave findings;
  private final Cases cases;
  private final Children children;
  private final Clock clock;

  CaseLanguage(FindingsAfterSave findings, Cases cases, Children children, Clock clock) {
    this.findings = findings;
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
    boolean any = false;
    List<FreeTextCheck.Field> checked = new ArrayList<>();
    for (Field field : fields) {
      any |= field.text() != null && !field.text().isBlank();
      checked.add(
          new FreeTextCheck.Field(
              field.name(), field.labelKey(), field.text(), field.previousText()));
    }
    if (!any) {
      return;
    }
    TextContext context = TextContext.ofAge(age(cases.requireCase(caseId, AuditAction.VIEW)));
    findings.afterSave(checked, context, changeHref, back).forEach(redirect::addFlashAttribute);
  }

  /** The child's age from their record, for the live check on a case page (null if unknown). */
  Integer childAge(CaseId caseId) {
    return age(cases.requireCase(caseId, AuditAction.VIEW));
  }

  private @Nullable Integer age(CaseSummary caseSummary) {
    List<ChildRecord> child =
        children.visibleAmong(Set.of(caseSummary.child()), "language check on a case");
    return child.isEmpty() ? null : child.get(0).age(clock);
  }
}
