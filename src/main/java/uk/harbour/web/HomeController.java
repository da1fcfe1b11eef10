package uk.harbour.web;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.Role;

/** The home page: a welcome, the areas this user can go to and the children they work with. */
@Controller
class HomeController {

  private final CurrentUser currentUser;
  private final ObjectProvider<HomeChildren> homeChildren;

  HomeController(CurrentUser currentUser, ObjectProvider<HomeChildren> homeChildren) {
    this.currentUser = currentUser;
    this.homeChildren = homeChildren;
  }

  @GetMapping("/")
  String home(Model model) {
    boolean seesChildren =
        currentUser.get().map(u -> !u.has(Role.SYSTEM_ADMINISTRATOR)).orElse(false);
    model.addAttribute("showMyChildren", seesChildren);
    List<HomeChildren.ChildLink> mine = List.of();
    HomeChildren source = homeChildren.getIfAvailable();
    if (seesChildren && source != null) {
      mine = source.forCurrentUser();
    }
    model.addAttribute("myChildren", mine);
    return "web/home";
  }
}
