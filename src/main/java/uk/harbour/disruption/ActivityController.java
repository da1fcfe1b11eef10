package uk.harbour.disruption;

import java.util.ArrayList;
import java.util.List;
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
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.HarbourUser;
import uk.harbour.intelligence.EntityId;
import uk.harbour.people.ChildRecord;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.StaleSave;

/** The disruption activities: the list, recording one, the activity's page and changing it. */
@Controller
class ActivityController {

  private final Activities activities;
  private final ActivityPages pages;
  private final TacticCatalogue tactics;
  private final CurrentUser currentUser;
  private final ActivityLanguage language;

  ActivityController(
      Activities activities,
      ActivityPages pages,
      TacticCatalogue tactics,
      CurrentUser currentUser,
      ActivityLanguage language) {
    this.activities = activities;
    this.pages = pages;
    this.tactics = tactics;
    this.currentUser = currentUser;
    this.language = language;
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields(ActivityForm.FIELDS);
  }

  @GetMapping("/disruption")
  String list(Model model) {
    model.addAttribute("activities", activities.visible(200));
    model.addAttribute("today", activities.today());
    return "disruption/list";
  }

  @GetMapping("/disruption/new/{targetId}")
  String newActivity(@PathVariable String targetId, Model model) {
    EntityId target = EntityId.parse(targetId);
    HarbourUser me = currentUser.require();
    model.addAttribute("form", ActivityForm.blank(activities.today(), me.id(), me.agencyName()));
    pages.choices(target, null, model, null);
    return formPage(model, null);
  }

  @PostMapping("/disruption/new/{targetId}")
  String create(
      @PathVariable String targetId,
      @ModelAttribute("form") ActivityForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    EntityId target = EntityId.parse(targetId);
    Tactic tactic = form.validate(result, true, pages.choices(target, null, model, null));
    if (!result.hasErrors() && !activities.intelligenceUnit()) {
      if (!currentUser.require().id().toString().equals(form.getLeadOfficer())) {
        result.rejectValue("leadOfficer", "disruption.activity.error.leadOfficerSelf");
      }
    }
    if (result.hasErrors()) {
      return formPage(model, null);
    }
    Activity.Change change = form.change(tactic);
    DisruptionId id = activities.create(target, change);
    redirect.addFlashAttribute("banner", "disruption.activity.created");
    language.afterSave(redirect, id, change, null);
    return "redirect:/disruption/" + id;
  }

  @GetMapping("/disruption/{id}")
  String view(@PathVariable String id, Model model) {
    DisruptionId activityId = DisruptionId.parse(id);
    // The access rule first (activities.view refuses, audited), then the children it may show.
    Activity activity = activities.view(activityId, List.of());
    List<ChildRecord> shown = pages.visible(activity.children(), "disruption activity");
    model.addAttribute("activity", activity);
    model.addAttribute("shownChildren", shown);
    model.addAttribute("hiddenChildren", activity.children().size() - shown.size());
    model.addAttribute("target", pages.target(activity.target()));
    model.addAttribute("tactic", tactics.require(activity.tacticId()));
    model.addAttribute("breaches", activities.breaches(activityId));
    model.addAttribute("mayChange", activities.mayChange(activity));
    model.addAttribute("status", activity.status(activities.today()));
    return "disruption/activity";
  }

  @GetMapping("/disruption/{id}/edit")
  String edit(@PathVariable String id, Model model) {
    Activity activity = activities.toChange(DisruptionId.parse(id));
    model.addAttribute("form", ActivityForm.of(activity));
    pages.choices(activity.target(), activity, model, tactics.require(activity.tacticId()));
    return formPage(model, activity);
  }

  @PostMapping("/disruption/{id}/edit")
  String update(
      @PathVariable String id,
      @ModelAttribute("form") ActivityForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Activity activity = activities.toChange(DisruptionId.parse(id));
    ActivityForm.Choices choices =
        pages.choices(activity.target(), activity, model, tactics.require(activity.tacticId()));
    Tactic tactic = form.validate(result, false, choices);
    if (result.hasErrors()) {
      return formPage(model, activity);
    }
    Activity.Change typed = form.change(tactic);
    // Children linked by someone who can see them stay linked: this user cannot see to unlink.
    List<ChildId> linked = new ArrayList<>(typed.children());
    activity.children().stream()
        .filter(c -> !choices.children().contains(c) && !linked.contains(c))
        .forEach(linked::add);
    Activity.Change change = typed.withChildren(linked);
    return StaleSave.saveOrShowAgain(
        model,
        () -> activities.update(activity.id(), form.openedVersion(), change),
        () -> {
          redirect.addFlashAttribute("banner", "disruption.activity.saved");
          language.afterSave(redirect, activity.id(), change, activity.asChange());
          return "redirect:/disruption/" + activity.id();
        },
        () -> {
          Activity current = activities.toChange(activity.id());
          form.setVersion(current.version());
          return formPage(model, current);
        });
  }

  private String formPage(Model model, Activity activity) {
    model.addAttribute("activity", activity);
    return "disruption/form";
  }
}
