package uk.harbour.missing;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordIds;

/** A child's missing pattern: accessible charts, each with a table of its figures. */
@Controller
class PatternController {

  private final PatternPages pages;

  PatternController(PatternPages pages) {
    this.pages = pages;
  }

  @GetMapping("/missing/children/{childId}/pattern")
  String pattern(@PathVariable String childId, Model model) {
    PatternPages.View view =
        pages.of(
            new ChildId(RecordIds.parse(childId, uk.harbour.accesscontrol.AccessPolicy.CHILD)));
    model.addAttribute("view", view);
    model.addAttribute("child", view.child());
    return "missing/pattern";
  }
}
