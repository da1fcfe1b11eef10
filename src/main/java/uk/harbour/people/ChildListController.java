package uk.harbour.people;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.harbour.shared.PageNumber;

/**
 * The children a user may see, and search within them by name and date of birth through the
 * identity matching engine ({@link ChildFinder}). Searches are posted, so names never appear in
 * addresses, browser history or server logs.
 */
@Controller
class ChildListController {

  static final int PAGE_SIZE = 25;

  private final Children children;
  private final ChildFinder finder;

  ChildListController(Children children, ChildFinder finder) {
    this.children = children;
    this.finder = finder;
  }

  @InitBinder("search")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields("name", "dateOfBirth.day", "dateOfBirth.month", "dateOfBirth.year");
  }

  @GetMapping("/children")
  String list(@RequestParam(defaultValue = "1") String page, Model model) {
    int current = PageNumber.parse(page);
    model.addAttribute("search", new ChildSearchForm());
    show(model, ChildSearch.ALL, current);
    model.addAttribute("total", children.countVisible());
    model.addAttribute("searched", false);
    return "people/children";
  }

  @PostMapping("/children/search")
  String search(@ModelAttribute("search") ChildSearchForm form, BindingResult result, Model model) {
    form.validate(result);
    if (result.hasErrors()) {
      model.addAttribute("results", List.of());
      model.addAttribute("searched", false);
      model.addAttribute("page", 1);
      model.addAttribute("hasNext", false);
      return "people/children";
    }
    ChildFinder.Found found = finder.search(form.toSearch());
    model.addAttribute("found", found.results());
    model.addAttribute("results", List.of());
    model.addAttribute("page", 1);
    model.addAttribute("hasNext", found.more());
    model.addAttribute("searched", true);
    return "people/children";
  }

  private void show(Model model, ChildSearch criteria, int page) {
    List<ChildRecord> found = children.search(criteria, page, PAGE_SIZE);
    model.addAttribute("results", found.stream().limit(PAGE_SIZE).toList());
    model.addAttribute("page", page);
    model.addAttribute("hasNext", found.size() > PAGE_SIZE);
  }
}
