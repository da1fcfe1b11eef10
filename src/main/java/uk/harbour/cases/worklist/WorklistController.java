package uk.harbour.cases.worklist;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The key worker's work list: my young people and what is due or overdue. */
@Controller
class WorklistController {

  private final Worklist worklist;

  WorklistController(Worklist worklist) {
    this.worklist = worklist;
  }

  @GetMapping("/cases/due")
  String due(Model model) {
    model.addAttribute("worklist", worklist.forCurrentUser());
    return "cases/worklist/due";
  }
}
