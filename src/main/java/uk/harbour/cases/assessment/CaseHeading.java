package uk.harbour.cases.assessment;

import org.springframework.stereotype.Component;
import uk.harbour.cases.CaseSummary;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;

/**
 * The young person's name and reference, for the caption of case pages: the page's own audited
 * event, about the case, is indexed under the child ({@link Children#viewWithin}).
 */
@Component
public class CaseHeading {

  private final Children children;

  CaseHeading(Children children) {
    this.children = children;
  }

  public Heading of(CaseSummary kase) {
    ChildRecord child = children.viewWithin(kase.child());
    return new Heading(child.fullName(), child.reference(), "/cases/" + kase.id());
  }

  /** What a case page shows above its heading, and the path back to the case. */
  public record Heading(String name, String reference, String caseHref) {}
}
