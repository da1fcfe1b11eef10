package uk.harbour.missing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.accesscontrol.Role;
import uk.harbour.shared.DisplayDates;
import uk.harbour.shared.StaleSave;
import uk.harbour.shared.UserId;

/** Recording a return interview: the offer, the interviewer and the outcome. */
@Controller
class InterviewController {

  private final Episodes episodes;
  private final ReturnInterviews interviews;
  private final MissingPages pages;
  private final MissingLanguage language;
  private final Directory directory;
  private final CurrentUser currentUser;

  InterviewController(
      Episodes episodes,
      ReturnInterviews interviews,
      MissingPages pages,
      MissingLanguage language,
      Directory directory,
      CurrentUser currentUser) {
    this.episodes = episodes;
    this.interviews = interviews;
    this.pages = pages;
    this.language = language;
    this.directory = directory;
    this.currentUser = currentUser;
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields(InterviewForm.FIELDS);
  }

  @GetMapping("/missing/episodes/{id}/interview")
  String form(@PathVariable String id, Model model) {
    MissingEpisode episode = episodes.view(EpisodeId.parse(id));
    ReturnInterview interview = interviews.toRecord(episode);
    model.addAttribute("form", InterviewForm.of(interview));
    return page(model, episode, interview);
  }

  @PostMapping("/missing/episodes/{id}/interview")
  String record(
      @PathVariable String id,
      @ModelAttribute("form") InterviewForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    MissingEpisode episode = episodes.view(EpisodeId.parse(id));
    ReturnInterview interview = interviews.toRecord(episode);
    LocalDate returnedOn = LocalDate.ofInstant(episode.times().returnedAt(), DisplayDates.ZONE);
    LocalDate today = LocalDate.ofInstant(episodes.now(), DisplayDates.ZONE);
    ReturnInterviews.Draft draft =
        form.validate(result, interviewers().keySet(), returnedOn, today, episodes.now());
    if (draft == null) {
      return page(model, episode, interview);
    }
    return StaleSave.saveOrShowAgain(
        model,
        () -> interviews.record(episode, form.getVersion(), draft),
        () -> {
          redirect.addFlashAttribute("banner", "missing.interview.recorded");
          language.afterInterview(redirect, episode.id(), draft, interview);
          return "redirect:/missing/episodes/" + episode.id();
        },
        () -> {
          form.setVersion(interviews.toRecord(episode).version());
          return page(model, episode, interview);
        });
  }

  /** Who may be named as the interviewer: coordinators, and the user recording it. */
  private Map<UserId, String> interviewers() {
    Map<UserId, String> options = new LinkedHashMap<>();
    directory
        .activeUsersWithRole(Role.RETURN_INTERVIEW_COORDINATOR)
        .forEach(u -> options.put(u.id(), u.displayName()));
    var me = currentUser.require();
    options.putIfAbsent(me.id(), me.displayName());
    return options;
  }

  private String page(Model model, MissingEpisode episode, ReturnInterview interview) {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("", "");
    interviewers().forEach((k, v) -> options.put(k.toString(), v));
    model.addAttribute("episode", episode);
    model.addAttribute("interview", interview);
    model.addAttribute("child", pages.child(episode.child()));
    model.addAttribute("interviewerOptions", options);
    model.addAttribute("outcomes", List.of(InterviewOutcome.values()));
    model.addAttribute("consents", List.of(ConsentToShare.values()));
    model.addAttribute("yesNo", List.of("yes", "no"));
    return "missing/interview-form";
  }
}
