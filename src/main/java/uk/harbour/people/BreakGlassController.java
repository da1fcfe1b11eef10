package uk.harbour.people;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.harbour.accesscontrol.AccessPolicy;
import uk.harbour.accesscontrol.BreakGlass;
import uk.harbour.shared.ChildId;

/**
 * Break-glass: emergency access to a child's record with a stated reason. The form is shown for any
 * address, so it does not confirm that a record exists before the reason is given.
 */
@Controller
class BreakGlassController {

  private final BreakGlassGrants grants;
  private final AccessPolicy policy;

  BreakGlassController(BreakGlassGrants grants, AccessPolicy policy) {
    this.grants = grants;
    this.policy = policy;
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields("reason");
  }

  @GetMapping("/children/{id}/break-glass")
  String form(@PathVariable String id, Model model) {
    ChildId childId = Children.parseId(id);
    if (policy.maySeeChild(childId)) {
      return "redirect:/children/" + childId;
    }
    model.addAttribute("form", new BreakGlassForm());
    return page(model, childId);
  }

  @PostMapping("/children/{id}/break-glass")
  String grant(
      @PathVariable String id,
      @ModelAttribute("form") BreakGlassForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    ChildId childId = Children.parseId(id);
    form.validate(result);
    if (result.hasErrors()) {
      return page(model, childId);
    }
    grants.grant(childId, form.getReason(), redirect);
    return "redirect:/children/" + childId;
  }

  private String page(Model model, ChildId childId) {
    model.addAttribute("breakGlassAction", "/children/" + childId + "/break-glass");
    model.addAttribute("minLength", BreakGlass.MIN_REASON_LENGTH);
    return "people/break-glass";
  }
}
