package uk.harbour.missing;

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
import uk.harbour.accesscontrol.Role;
import uk.harbour.audit.AuditAction;
import uk.harbour.shared.ChildId;
import uk.harbour.shared.RecordIds;
import uk.harbour.shared.StaleSave;

/** The missing list, a child's episodes, recording an episode, its page and changing it. */
@Controller
class EpisodeController {

  private final Episodes episodes;
  private final ReturnInterviews interviews;
  private final MissingPages pages;
  private final CurrentUser currentUser;
  private final MissingProperties properties;
  private final KindChanges kindChanges;

  EpisodeController(
      Episodes episodes,
      ReturnInterviews interviews,
      MissingPages pages,
      CurrentUser currentUser,
      MissingProperties properties,
      KindChanges kindChanges) {
    this.kindChanges = kindChanges;
    this.episodes = episodes;
    this.interviews = interviews;
    this.pages = pages;
    this.currentUser = currentUser;
    this.properties = properties;
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields(EpisodeForm.FIELDS);
  }

  @GetMapping("/missing")
  String list(Model model) {
    model.addAttribute("sections", pages.list());
    model.addAttribute("dueHours", properties.returnInterviewDue().toHours());
    model.addAttribute("now", episodes.now());
    return "missing/list";
  }

  @GetMapping("/missing/children/{childId}")
  String child(@PathVariable String childId, Model model) {
    ChildId child = childId(childId);
    List<MissingEpisode> list = episodes.forChild(child);
    model.addAttribute("child", pages.child(child));
    model.addAttribute("episodes", list);
    java.time.Instant since = episodes.now().minus(java.time.Duration.ofDays(90));
    model.addAttribute(
        "count90", list.stream().filter(e -> !e.times().startAt().isBefore(since)).count());
    model.addAttribute("mayRecord", episodes.mayRecord(child));
    model.addAttribute("now", episodes.now());
    return "missing/child";
  }

  @GetMapping("/missing/children/{childId}/episodes/new")
  String newEpisode(@PathVariable String childId, Model model) {
    ChildId child = childId(childId);
    episodes.requireRecord(child, AuditAction.CREATE);
    model.addAttribute("form", EpisodeForm.blank(capacityOf(currentUser.require())));
    return formPage(model, child, null);
  }

  @PostMapping("/missing/children/{childId}/episodes/new")
  String create(
      @PathVariable String childId,
      @ModelAttribute("form") EpisodeForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    ChildId child = childId(childId);
    episodes.requireRecord(child, AuditAction.CREATE);
    EpisodeDraft draft = form.validate(result);
    if (draft != null) {
      try {
        EpisodeId id = episodes.record(child, draft);
        redirect.addFlashAttribute("banner", "missing.episode.recorded");
        return "redirect:/missing/episodes/" + id;
      } catch (EpisodeRuleBroken broken) {
        result.rejectValue(broken.field(), broken.messageKey());
      }
    }
    return formPage(model, child, null);
  }

  @GetMapping("/missing/episodes/{id}")
  String view(@PathVariable String id, Model model) {
    MissingEpisode episode = episodes.view(EpisodeId.parse(id));
    model.addAttribute("episode", episode);
    model.addAttribute("child", pages.child(episode.child()));
    model.addAttribute("labels", pages.labels(episode));
    model.addAttribute("interview", interviews.of(episode).orElse(null));
    model.addAttribute("mayRecord", episodes.mayRecord(episode.child()));
    model.addAttribute("mayInterview", interviews.mayRecord(episode));
    model.addAttribute("next", kindChanges.next(episode).orElse(null));
    model.addAttribute("now", episodes.now());
    return "missing/episode";
  }

  @GetMapping("/missing/episodes/{id}/edit")
  String edit(@PathVariable String id, Model model) {
    MissingEpisode episode = episodes.toChange(EpisodeId.parse(id));
    model.addAttribute("form", EpisodeForm.of(episode));
    return formPage(model, episode.child(), episode);
  }

  @PostMapping("/missing/episodes/{id}/edit")
  String update(
      @PathVariable String id,
      @ModelAttribute("form") EpisodeForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    MissingEpisode episode = episodes.toChange(EpisodeId.parse(id));
    form.setKind(episode.kind().name()); // a change of kind is recorded as "it changed"
    EpisodeDraft draft = form.validate(result);
    if (draft == null) {
      return formPage(model, episode.child(), episode);
    }
    try {
      return StaleSave.saveOrShowAgain(
          model,
          () -> episodes.update(episode.id(), form.getVersion(), draft),
          () -> {
            redirect.addFlashAttribute("banner", "missing.episode.saved");
            return "redirect:/missing/episodes/" + episode.id();
          },
          () -> {
            form.setVersion(episodes.toChange(episode.id()).version());
            return formPage(model, episode.child(), episode);
          });
    } catch (EpisodeRuleBroken broken) {
      result.rejectValue(broken.field(), broken.messageKey());
      return formPage(model, episode.child(), episode);
    }
  }

  private String formPage(Model model, ChildId child, MissingEpisode episode) {
    model.addAttribute("child", pages.child(child));
    model.addAttribute("episode", episode);
    model.addAttribute("kinds", List.of(EpisodeKind.values()));
    model.addAttribute("grades", List.of(PoliceRiskGrade.values()));
    model.addAttribute("capacities", List.of(RecorderCapacity.values()));
    return "missing/episode-form";
  }

  private static ChildId childId(String raw) {
    return new ChildId(RecordIds.parse(raw, "child"));
  }

  /** The capacity the user most likely records in, offered first. */
  static @org.jspecify.annotations.Nullable RecorderCapacity capacityOf(HarbourUser user) {
    if (user.has(Role.SCREENING_OFFICER)) {
      return RecorderCapacity.SCREENING_TEAM;
    }
    if (user.has(Role.KEY_WORKER)) {
      return RecorderCapacity.KEY_WORKER;
    }
    return user.agencyName().toLowerCase(java.util.Locale.UK).contains("police")
        ? RecorderCapacity.POLICE
        : null;
  }
}
