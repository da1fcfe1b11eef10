package uk.harbour.disruption;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import uk.harbour.intelligence.EntityKind;

/**
 * Choosing the target of a new disruption activity from the registers. The words searched for are
 * posted, never put in the address.
 */
@Controller
class TargetController {

  static final int RESULTS = 50;

  private final Activities activities;

  TargetController(Activities activities) {
    this.activities = activities;
  }

  @InitBinder("search")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields("kind", "text");
  }

  @GetMapping("/disruption/new")
  String searchPage(Model model) {
    model.addAttribute("search", new Search());
    model.addAttribute("kinds", EntityKind.values());
    return "disruption/target";
  }

  @PostMapping("/disruption/new")
  String search(@ModelAttribute("search") Search search, BindingResult result, Model model) {
    model.addAttribute("kinds", EntityKind.values());
    EntityKind kind = FormChecks.parse(EntityKind.class, search.getKind());
    if (kind == null) {
      result.rejectValue("kind", "disruption.target.error.kind");
    }
    FormChecks.text(
        result, "text", search.getText(), "disruption.target.error.text", FormChecks.SHORT);
    if (result.hasErrors()) {
      return "disruption/target";
    }
    model.addAttribute(
        "results", activities.searchTargets(kind, search.getText().strip(), RESULTS));
    return "disruption/target";
  }

  /** What is searched for. */
  static class Search {
    private @Nullable String kind;
    private @Nullable String text;

    public @Nullable String getKind() {
      return kind;
    }

    public void setKind(@Nullable String v) {
      kind = v;
    }

    public @Nullable String getText() {
      return text;
    }

    public void setText(@Nullable String v) {
      text = v;
    }
  }
}
