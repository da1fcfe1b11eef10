package uk.harbour.cases.worklist;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.harbour.shared.PageNumber;

/** The key worker's work list: my young people and what is due or overdue. */
@Controller
class WorklistController {

  private final Worklist worklist;

  WorklistController(Worklist worklist) {
    this.worklist = worklist;
  }

  @GetMapping("/cases/due")
  String due(@RequestParam(required = false) String page, Model model) {
    Worklist.View view = worklist.forCurrentUser(PageNumber.parse(page));
    model.addAttribute("worklist", view);
    model.addAttribute(
        "previousHref", view.hasPrevious() ? "/cases/due?page=" + (view.page() - 1) : null);
    model.addAttribute("nextHref", view.hasNext() ? "/cases/due?page=" + (view.page() + 1) : null);
    return "cases/worklist/due";
  }
}
