package uk.harbour.people;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.TeamChangeException;
import uk.harbour.accesscontrol.TeamRole;
import uk.harbour.accesscontrol.Teams;
import uk.harbour.accesscontrol.UserSummary;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordIds;
import uk.harbour.shared.UserId;

/** The team around the child: key workers and managers add and remove practitioners. */
@Controller
class TeamController {

  private final Children children;
  private final Teams teams;
  private final Directory directory;
  private final AccessPolicy policy;

  TeamController(Children children, Teams teams, Directory directory, AccessPolicy policy) {
    this.children = children;
    this.teams = teams;
    this.directory = directory;
    this.policy = policy;
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields("userId", "teamRole");
  }

  @GetMapping("/children/{id}/team")
  String team(@PathVariable String id, Model model) {
    model.addAttribute("form", new TeamForm());
    return page(Children.parseId(id), model);
  }

  @PostMapping("/children/{id}/team")
  String add(
      @PathVariable String id,
      @ModelAttribute("form") TeamForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    ChildId childId = Children.parseId(id);
    form.validate(result);
    if (!result.hasErrors()) {
      try {
        teams.add(childId, TeamController.parseUser(form.getUserId()), form.getTeamRole());
        redirect.addFlashAttribute("teamMessage", "team.added");
        return "redirect:/children/" + childId + "/team";
      } catch (TeamChangeException e) {
        result.rejectValue("userId", e.messageKey());
      }
    }
    return page(childId, model);
  }

  private String page(ChildId childId, Model model) {
    ChildRecord child = children.view(childId);
    var members = teams.members(childId);
    Set<UserId> inTeam = members.stream().map(m -> m.user().id()).collect(Collectors.toSet());
    Map<String, String> candidates = new LinkedHashMap<>();
    for (UserSummary u : directory.activePractitioners()) {
      if (!inTeam.contains(u.id())) {
        candidates.put(u.id().toString(), u.displayName() + " (" + u.agencyName() + ")");
      }
    }
    model.addAttribute("child", child);
    model.addAttribute("team", members);
    model.addAttribute("candidates", candidates);
    model.addAttribute("teamRoles", TeamRole.values());
    model.addAttribute("mayManageTeam", policy.mayManageTeam(childId));
    return "people/team";
  }

  @PostMapping("/children/{id}/team/{userId}/remove")
  String remove(@PathVariable String id, @PathVariable String userId, RedirectAttributes redirect) {
    ChildId childId = Children.parseId(id);
    UserId member = parseUser(userId);
    if (member != null) {
      try {
        teams.remove(childId, member);
        redirect.addFlashAttribute("teamMessage", "team.removed");
      } catch (TeamChangeException e) {
        redirect.addFlashAttribute("teamMessage", e.messageKey());
      }
    }
    return "redirect:/children/" + childId + "/team";
  }

  static @Nullable UserId parseUser(@Nullable String raw) {
    UUID id = RecordIds.parseOrNull(raw);
    return id == null ? null : new UserId(id);
  }

  private static @Nullable TeamRole parseRole(String raw) {
    try {
      return raw == null ? null : TeamRole.valueOf(raw);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
