package uk.harbour.intelligence;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import uk.harbour.matching.entities.EntityMatch;
import uk.harbour.shared.StaleSave;

/** The duty queue, acknowledging "risk to a person now", and the intelligence officer's triage. */
@Controller
class TriageController {

  private final Triage triage;
  private final Submissions submissions;
  private final Clock clock;

  TriageController(Triage triage, Submissions submissions, Clock clock) {
    this.triage = triage;
    this.submissions = submissions;
    this.clock = clock;
  }

  @InitBinder("triageForm")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields(TriageForm.FIELDS);
  }

  @GetMapping("/intelligence/queue")
  String queue(Model model) {
    model.addAttribute("waiting", triage.queue());
    model.addAttribute("now", clock.instant());
    return "intelligence/queue";
  }

  @GetMapping("/intelligence/triaged")
  String triaged(Model model) {
    model.addAttribute("triaged", triage.triaged());
    return "intelligence/triaged";
  }

  @PostMapping("/intelligence/{id}/acknowledge")
  String acknowledge(@PathVariable String id, RedirectAttributes redirect) {
    boolean first = triage.acknowledge(SubmissionController.parse(id));
    redirect.addFlashAttribute(first ? "acknowledged" : "alreadyAcknowledged", true);
    return "redirect:/intelligence/queue";
  }

  @GetMapping("/intelligence/{id}/triage")
  String triageForm(@PathVariable String id, Model model) {
    Submissions.Seen seen = submissions.view(SubmissionController.parse(id));
    TriageForm form = new TriageForm();
    form.setSanitisedText(seen.submission().whatKnown());
    form.setVersion(seen.submission().version());
    model.addAttribute("triageForm", form);
    return page(model, seen);
  }

  @PostMapping("/intelligence/{id}/triage")
  String decide(
      @PathVariable String id,
      @ModelAttribute("triageForm") TriageForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    UUID submissionId = SubmissionController.parse(id);
    Submissions.Seen seen = submissions.view(submissionId);
    TriageDecision decision = TriageChecks.check(form, seen.items(), result);
    if (decision == null) {
      return page(model, seen);
    }
    return StaleSave.saveOrShowAgain(
        model,
        () -> triage.decide(submissionId, form.getVersion(), decision),
        () -> {
          redirect.addFlashAttribute("triaged", true);
          return "redirect:/intelligence/" + submissionId;
        },
        () -> {
          Submissions.Seen now = submissions.view(submissionId);
          form.setVersion(now.submission().version());
          return page(model, now);
        });
  }

  private String page(Model model, Submissions.Seen seen) {
    if (seen.submission().status() != SubmissionStatus.SUBMITTED) {
      return "redirect:/intelligence/" + seen.submission().id();
    }
    Map<UUID, List<EntityMatch>> candidates = triage.candidates(seen.submission().id());
    model.addAttribute("seen", seen);
    model.addAttribute("submission", seen.submission());
    model.addAttribute("items", seen.items());
    model.addAttribute("candidates", candidates);
    model.addAttribute("labels", triage.labels(candidates));
    List<uk.harbour.people.ChildRecord> visible = submissions.visible(seen.children());
    model.addAttribute("children", visible);
    model.addAttribute("linkChoices", LinkChoice.of(seen, visible));
    model.addAttribute("sources", List.of("1", "2", "3"));
    model.addAttribute("assessments", IntelligenceAssessment.values());
    model.addAttribute("handlings", Handling.values());
    model.addAttribute("outcomes", Outcome.values());
    model.addAttribute("bases", LawfulBasis.values());
    return "intelligence/triage";
  }
}
