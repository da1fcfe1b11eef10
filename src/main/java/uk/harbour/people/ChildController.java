package uk.harbour.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
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
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.FreeTextCheck;
import uk.harbour.shared.StaleSave;

/** Create, view and edit a child's record. */
@Controller
class ChildController {

  private static final String[] FIELDS =
      Stream.concat(
              ChildIdentity.FIELDS.stream(),
              Stream.of(
                  "gender",
                  "ethnicity",
                  "disability",
                  "disabilityDetails",
                  "careStatus",
                  "address",
                  "postcode",
                  "school",
                  "creatorRole",
                  "version"))
          .toArray(String[]::new);

  private final Children children;
  private final Teams teams;
  private final AccessPolicy policy;
  private final BreakGlass breakGlass;
  private final Clock clock;
  private final MessageSource messages;
  private final FreeTextCheck language;
  private final org.springframework.beans.factory.ObjectProvider<ChildPageLinks> pageLinks;

  ChildController(
      org.springframework.beans.factory.ObjectProvider<ChildPageLinks> pageLinks,
      Children children,
      Teams teams,
      AccessPolicy policy,
      BreakGlass breakGlass,
      Clock clock,
      MessageSource messages,
      FreeTextCheck language) {
    this.language = language;
    this.messages = messages;
    this.pageLinks = pageLinks;
    this.children = children;
    this.teams = teams;
    this.policy = policy;
    this.breakGlass = breakGlass;
    this.clock = clock;
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields(FIELDS);
  }

  @GetMapping("/children/new")
  String newChild(Model model) {
    model.addAttribute("form", new ChildForm());
    return formPage(model, null);
  }

  @PostMapping("/children/new")
  String create(
      @ModelAttribute("form") ChildForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    form.validate(result, today(), true);
    if (result.hasErrors()) {
      return formPage(model, null);
    }
    ChildRecord created = children.createWithCreatorInTeam(form.toDetails(), form.getCreatorRole());
    redirect.addFlashAttribute("created", true);
    checkLanguage(redirect, created.id(), form);
    return "redirect:/children/" + created.id();
  }

  @GetMapping("/children/{id}")
  String view(@PathVariable String id, Model model) {
    ChildId childId = Children.parseId(id);
    ChildRecord child = children.view(childId);
    model.addAttribute("child", child);
    model.addAttribute("age", child.age(clock));
    model.addAttribute("team", teams.members(childId));
    model.addAttribute("mayManageTeam", policy.mayManageTeam(childId));
    model.addAttribute("mayChange", children.mayChange(childId));
    model.addAttribute("maySeeAccessLog", policy.maySeeAccessLog(childId));
    model.addAttribute(
        "otherLinks",
        pageLinks
            .orderedStream()
            .flatMap(l -> l.forChild(childId, child.merged()).stream())
            .toList());
    model.addAttribute("breakGlassUntil", breakGlass.activeUntil(childId).orElse(null));
    model.addAttribute(
        "mergedIntoReference",
        child.merged() ? children.referenceOfMergeTarget(child.mergedInto()) : null);
    model.addAttribute("mergedRecords", children.mergedInto(childId));
    return "people/child";
  }

  @GetMapping("/children/{id}/edit")
  String edit(@PathVariable String id, Model model) {
    ChildRecord child = children.viewToChange(Children.parseId(id));
    if (child.merged()) {
      return "redirect:/children/" + child.id();
    }
    model.addAttribute("form", ChildForm.from(child));
    return formPage(model, child);
  }

  @PostMapping("/children/{id}/edit")
  String update(
      @PathVariable String id,
      @ModelAttribute("form") ChildForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    ChildId childId = Children.parseId(id);
    form.validate(result, today(), false);
    if (result.hasErrors()) {
      return formPage(model, children.view(childId));
    }
    return StaleSave.saveOrShowAgain(
        model,
        () -> children.update(childId, form.getVersion(), form.toDetails()),
        () -> {
          redirect.addFlashAttribute("saved", true);
          checkLanguage(redirect, childId, form);
          return "redirect:/children/" + childId;
        },
        () -> {
          ChildRecord current = children.view(childId);
          form.setVersion(current.version());
          return formPage(model, current);
        });
  }

  /** The disability details through the language guide; findings on the child's page. */
  private void checkLanguage(RedirectAttributes redirect, ChildId childId, ChildForm form) {
    LocalDate born = form.getChild().getDateOfBirth().date();
    Integer age = born == null ? null : java.time.Period.between(born, today()).getYears();
    language
        .afterSave(
            List.of(
                new FreeTextCheck.Field(
                    "disabilityDetails",
                    "people.child.disabilityDetails",
                    form.getDisabilityDetails())),
            age,
            "/children/" + childId + "/edit",
            "/children/" + childId)
        .forEach(redirect::addFlashAttribute);
  }

  private String formPage(Model model, ChildRecord child) {
    model.addAttribute("child", child);
    model.addAttribute("languageChildAge", child == null ? null : child.age(clock));
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("disabilities", Disability.values());
    model.addAttribute("careStatuses", CareStatus.values());
    model.addAttribute("teamRoles", TeamRole.values());
    java.util.Map<String, String> ethnicities = new java.util.LinkedHashMap<>();
    for (Ethnicity e : Ethnicity.values()) {
      ethnicities.put(
          e.name(), messages.getMessage("people.ethnicity." + e.name(), null, Locale.UK));
    }
    model.addAttribute("ethnicities", ethnicities);
    return "people/child-form";
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(DisplayDates.ZONE));
  }
}
