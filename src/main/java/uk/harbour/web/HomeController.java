package uk.harbour.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.Role;

/** The home page: a welcome, the areas this user can go to and the children they work with. */
@Controller
class HomeController {

  private final CurrentUser currentUser;

  HomeController(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @GetMapping("/")
  String home(Model model) {
    boolean seesChildren =
        currentUser.get().map(u -> !u.has(Role.SYSTEM_ADMINISTRATOR)).orElse(false);
    model.addAttribute("showMyChildren", seesChildren);
    // Filled in when the people module can say which children a user works with.
    model.addAttribute("myChildren", List.<ChildLink>of());
    return "web/home";
  }

  /** A child on the home page list: the name to show and the path to their record. */
  record ChildLink(String name, String href) {}
}
