package uk.harbour.contexts;

import java.util.List;
import java.util.Map;
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
import uk.harbour.contexts.Kinds.ContextKind;
import uk.harbour.contexts.Kinds.ControllerKind;
import uk.harbour.contexts.Records.Context;
import uk.harbour.contexts.Records.NewContext;
import uk.harbour.contexts.RegisterForms.ContextForm;
import uk.harbour.people.ChildRecord;
import uk.harbour.people.Children;
import uk.harbour.shared.ChildId;

/** The register: the list, a new context, a context's page and the managers' ranking. */
@Controller
class ContextController {

  private final Register register;
  private final ContextWork work;
  private final ContextAccess access;
  private final NameCheck names;
  private final ContextLanguage language;
  private final Children children;

  ContextController(
      Register register,
      ContextWork work,
      ContextAccess access,
      NameCheck names,
      ContextLanguage language,
      Children children) {
    this.register = register;
    this.work = work;
    this.access = access;
    this.names = names;
    this.language = language;
    this.children = children;
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields(ContextForm.FIELDS);
  }

  @GetMapping("/contexts")
  String list(Model model) {
    model.addAttribute("contexts", register.list());
    model.addAttribute("lead", access.lead());
    model.addAttribute("mayRank", access.mayRank());
    return "contexts/list";
  }

  @GetMapping("/contexts/ranking")
  String ranking(Model model) {
    model.addAttribute("ranked", register.ranked());
    model.addAttribute("missingCounted", register.missingCounted());
    return "contexts/ranking";
  }

  @GetMapping("/contexts/new")
  String newContext(Model model) {
    access.requireLead(ContextChanged.RECORD_TYPE, null, uk.harbour.audit.AuditAction.CREATE);
    model.addAttribute("form", new ContextForm());
    return formPage(model);
  }

  @PostMapping("/contexts/new")
  String create(
      @ModelAttribute("form") ContextForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    access.requireLead(ContextChanged.RECORD_TYPE, null, uk.harbour.audit.AuditAction.CREATE);
    ContextKind kind = Kinds.parse(ContextKind.class, form.getKind());
    if (kind == null) {
      result.rejectValue("kind", "contexts.context.error.kind");
    }
    Checks.text(result, "name", form.getName(), "contexts.context.error.name", Checks.SHORT);
    Checks.text(
        result,
        "description",
        form.getDescription(),
        "contexts.context.error.description",
        Checks.LONG);
    Checks.tooLong(result, "controllerName", form.getControllerName(), Checks.SHORT);
    ControllerKind controllerKind = Kinds.parse(ControllerKind.class, form.getControllerKind());
    if (Checks.blankToNull(form.getControllerName()) != null && controllerKind == null) {
      result.rejectValue("controllerKind", "contexts.context.error.controllerKind");
    }
    Checks.tooLong(result, "address", form.getAddress(), Checks.LONG);
    Checks.tooLong(result, "postcode", form.getPostcode(), 10);
    names.reject(
        result,
        ContextChanged.RECORD_TYPE,
        Map.of(
            "name", Checks.strip(form.getName()),
            "description", Checks.strip(form.getDescription())));
    if (result.hasErrors()) {
      return formPage(model);
    }
    ContextId id =
        register.create(
            new NewContext(
                kind,
                form.getName().strip(),
                form.getDescription().strip(),
                Checks.blankToNull(form.getControllerName()),
                Checks.blankToNull(form.getControllerName()) == null ? null : controllerKind,
                null,
                Checks.blankToNull(form.getAddress()),
                Checks.blankToNull(form.getPostcode())));
    redirect.addFlashAttribute("banner", "contexts.context.created");
    language.afterSave(
        redirect,
        Map.of(
            "description",
            new String[] {"contexts.context.description", form.getDescription().strip()}),
        null,
        "/contexts/" + id);
    return "redirect:/contexts/" + id;
  }

  @GetMapping("/contexts/{id}")
  String view(@PathVariable String id, Model model) {
    ContextId contextId = ContextId.parse(id);
    register.require(contextId, uk.harbour.audit.AuditAction.VIEW);
    List<ChildId> visible = register.visibleChildren(contextId);
    List<ChildRecord> shown =
        visible.isEmpty() ? List.of() : children.visibleAmong(visible, "context");
    Context context = register.view(contextId, shown.stream().map(ChildRecord::id).toList());
    model.addAttribute("context", context);
    model.addAttribute("shownChildren", shown);
    model.addAttribute("hiddenChildren", context.linkedChildren() - shown.size());
    model.addAttribute("assessments", work.assessments(contextId));
    model.addAttribute("conferences", work.conferences(contextId));
    model.addAttribute("plan", work.plan(contextId).orElse(null));
    model.addAttribute("measures", work.measures(contextId));
    model.addAttribute("reviews", work.reviews(contextId));
    model.addAttribute("referrals", register.referralsAbout(contextId));
    model.addAttribute("lead", access.lead());
    return "contexts/context";
  }

  private String formPage(Model model) {
    model.addAttribute("kinds", ContextKind.values());
    model.addAttribute("controllerKinds", ControllerKind.values());
    return "contexts/new";
  }
}
