package uk.harbour.cases.worklist;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The team manager's work list: caseloads and unallocated cases. */
@Controller
class ManagerController {

  private final ManagerWorkList workList;

  ManagerController(ManagerWorkList workList) {
    this.workList = workList;
  }

  @GetMapping("/cases/manager")
  String workList(Model model) {
    model.addAttribute("view", workList.view());
    return "cases/worklist/manager";
  }
}
