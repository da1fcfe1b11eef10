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
import uk.harbour.shared.StaleSave;

/** Recording a child's return, and "it changed" between missing and away. */
@Controller
class ReturnController {

  private final Episodes episodes;
  private final MissingPages pages;
  private final MissingLanguage language;
  private final KindChanges kindChanges;

  ReturnController(
      Episodes episodes, MissingPages pages, MissingLanguage language, KindChanges kindChanges) {
    this.kindChanges = kindChanges;
    this.episodes = episodes;
    this.pages = pages;
    this.language = language;
  }

  @InitBinder("form")
  void allowReturnFields(WebDataBinder binder) {
    binder.setAllowedFields(ReturnForm.FIELDS);
  }

  @InitBinder("changeForm")
  void allowChangeFields(WebDataBinder binder) {
    binder.setAllowedFields(ChangeKindForm.FIELDS);
  }

  @GetMapping("/missing/episodes/{id}/return")
  String returnForm(@PathVariable String id, Model model) {
    MissingEpisode episode = episodes.toChange(EpisodeId.parse(id));
    model.addAttribute("form", ReturnForm.of(episode));
    return returnPage(model, episode);
  }

  @PostMapping("/missing/episodes/{id}/return")
  String recordReturn(
      @PathVariable String id,
      @ModelAttribute("form") ReturnForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    MissingEpisode episode = episodes.toChange(EpisodeId.parse(id));
    EpisodeDraft.Return r = form.validate(result, episode.foundWith());
    if (r == null) {
      return returnPage(model, episode);
    }
    try {
      return StaleSave.saveOrShowAgain(
          model,
          () -> episodes.recordReturn(episode.id(), form.getVersion(), r),
          () -> {
            redirect.addFlashAttribute("banner", "missing.return.recorded");
            language.afterReturn(redirect, episode.id(), r, episode);
            return "redirect:/missing/episodes/" + episode.id();
          },
          () -> {
            form.setVersion(episodes.toChange(episode.id()).version());
            return returnPage(model, episode);
          });
    } catch (EpisodeRuleBroken broken) {
      result.rejectValue(broken.field(), broken.messageKey());
      return returnPage(model, episode);
    }
  }

  @GetMapping("/missing/episodes/{id}/changed")
  String changeForm(@PathVariable String id, Model model) {
    MissingEpisode episode = episodes.toChange(EpisodeId.parse(id));
    model.addAttribute("changeForm", ChangeKindForm.of(episode));
    return changePage(model, episode);
  }

  @PostMapping("/missing/episodes/{id}/changed")
  String changeKind(
      @PathVariable String id,
      @ModelAttribute("changeForm") ChangeKindForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    MissingEpisode episode = episodes.toChange(EpisodeId.parse(id));
    java.time.Instant at = form.validate(result);
    if (at == null) {
      return changePage(model, episode);
    }
    try {
      EpisodeId[] next = new EpisodeId[1];
      return StaleSave.saveOrShowAgain(
          model,
          () -> next[0] = kindChanges.changeKind(episode.id(), form.getVersion(), at),
          () -> {
            redirect.addFlashAttribute("banner", "missing.changed.recorded");
            return "redirect:/missing/episodes/" + next[0];
          },
          () -> {
            form.setVersion(episodes.toChange(episode.id()).version());
            return changePage(model, episode);
          });
    } catch (EpisodeRuleBroken broken) {
      result.rejectValue(broken.field(), broken.messageKey());
      return changePage(model, episode);
    }
  }

  private String returnPage(Model model, MissingEpisode episode) {
    model.addAttribute("episode", episode);
    model.addAttribute("child", pages.child(episode.child()));
    model.addAttribute("labels", pages.labels(episode));
    model.addAttribute("hows", HowReturned.CHOICES);
    model.addAttribute("yesNo", List.of("yes", "no"));
    return "missing/return-form";
  }

  private String changePage(Model model, MissingEpisode episode) {
    model.addAttribute("episode", episode);
    model.addAttribute("child", pages.child(episode.child()));
    return "missing/changed-form";
  }
}
