package uk.harbour.intake;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
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

/** The screening queue, a concern's screening page, linking it to a child, and the decision. */
@Controller
class ScreeningController {

  /** One concern in the queue, with how long it has waited. */
  record Waiting(Concern concern, String waited, boolean overdue) {}

  /** One recent decision, with how long it took. */
  record Decided(Concern concern, String took) {}

  private final Screening screening;
  private final ChildLinks links;
  private final ScreeningCandidates candidates;
  private final ConcernPages pages;
  private final ScreeningProperties properties;
  private final Durations durations;
  private final Clock clock;
  private final ConcernLanguage language;

  private final uk.harbour.intelligence.DutyQueue dutyQueue;

  ScreeningController(
      Screening screening,
      ChildLinks links,
      ScreeningCandidates candidates,
      ConcernPages pages,
      ScreeningProperties properties,
      Durations durations,
      Clock clock,
      ConcernLanguage language,
      uk.harbour.intelligence.DutyQueue dutyQueue) {
    this.screening = screening;
    this.links = links;
    this.candidates = candidates;
    this.pages = pages;
    this.properties = properties;
    this.durations = durations;
    this.clock = clock;
    this.language = language;
    this.dutyQueue = dutyQueue;
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields("childReference", "outcome", "reasons");
  }

  @InitBinder("find")
  void allowFindFields(WebDataBinder binder) {
    binder.setAllowedFields("reference");
  }

  @GetMapping("/screening")
  String queue(Model model) {
    model.addAttribute("find", new FindConcernForm());
    return queuePage(model);
  }

  /**
   * Finds a concern by the reference someone quotes: a caller reading out their public report's
   * reference, or a colleague's internal one. Posted, so references stay out of addresses and logs.
   */
  @PostMapping("/screening/find")
  String find(@ModelAttribute("find") FindConcernForm form, BindingResult result, Model model) {
    form.validate(result);
    if (!result.hasErrors()) {
      var found = screening.find(form.getReference());
      if (found.isPresent()) {
        return "redirect:/screening/" + found.get();
      }
      result.rejectValue("reference", "intake.queue.find.error.notFound");
    }
    return queuePage(model);
  }

  private String queuePage(Model model) {
    var now = clock.instant();
    List<Waiting> waiting =
        screening.queue().stream()
            .map(
                c -> {
                  Duration waited = Duration.between(c.submittedAt(), now);
                  return new Waiting(
                      c,
                      durations.describe(waited),
                      waited.compareTo(properties.highlightAfter()) > 0);
                })
            .toList();
    List<Decided> decided =
        screening.recentlyDecided().stream()
            .map(c -> new Decided(c, durations.describe(c.timeToDecision())))
            .toList();
    model.addAttribute("waiting", waiting);
    model.addAttribute("waitingTotal", Math.max(screening.waitingCount(), waiting.size()));
    model.addAttribute("riskNow", dutyQueue.riskNow());
    model.addAttribute("decided", decided);
    model.addAttribute("highlightAfter", durations.describe(properties.highlightAfter()));
    return "intake/screening-queue";
  }

  @GetMapping("/screening/{id}")
  String concern(@PathVariable String id, Model model) {
    model.addAttribute("form", new ScreeningForm());
    return page(ConcernAccess.parseId(id), model);
  }

  @PostMapping("/screening/{id}/link")
  String link(
      @PathVariable String id,
      @ModelAttribute("form") ScreeningForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    UUID concernId = ConcernAccess.parseId(id);
    form.validateLink(result);
    if (!result.hasErrors()) {
      switch (links.linkExisting(concernId, form.getChildReference())) {
        case LINKED -> {
          redirect.addFlashAttribute("linked", true);
          return "redirect:/screening/" + concernId;
        }
        case LINKED_TO_KEPT -> {
          redirect.addFlashAttribute(
              "linkedInsteadOf", ChildReferences.normalise(form.getChildReference()));
          return "redirect:/screening/" + concernId;
        }
        case NO_SUCH_REFERENCE ->
            result.rejectValue("childReference", "intake.screening.error.childReference.unknown");
        case ALREADY_LINKED ->
            result.rejectValue("childReference", "intake.screening.error.alreadyLinked");
      }
    }
    return page(concernId, model);
  }

  @PostMapping("/screening/{id}/unlink")
  String unlink(@PathVariable String id) {
    UUID concernId = ConcernAccess.parseId(id);
    links.unlink(concernId);
    return "redirect:/screening/" + concernId;
  }

  @PostMapping("/screening/{id}/decision")
  String decide(
      @PathVariable String id,
      @ModelAttribute("form") ScreeningForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    UUID concernId = ConcernAccess.parseId(id);
    form.validateDecision(result);
    if (!result.hasErrors()) {
      Screening.Decision decision =
          screening.decision(concernId, form.getOutcome(), form.getReasons());
      Screening.Refusal refusal = decision.refusal();
      if (refusal == null) {
        Concern decided = decision.concern();
        redirect.addFlashAttribute("decidedReference", decided.reference());
        language.afterDecision(decided, form.getReasons()).forEach(redirect::addFlashAttribute);
        return "redirect:/screening";
      }
      if (refusal == Screening.Refusal.ALREADY_DECIDED) {
        return "redirect:/screening/" + concernId;
      }
      result.rejectValue("outcome", "intake.screening.error.outcome.needsChild");
    }
    return page(concernId, model);
  }

  private String page(UUID id, Model model) {
    Concern concern = screening.open(id);
    List<ScreeningCandidates.Candidate> found =
        concern.awaitingDecision() ? candidates.forConcern(concern) : List.of();
    screening
        .linkedAutomatically(concern, found)
        .ifPresent(c -> model.addAttribute("autoLinked", c));
    pages.details(model, concern);
    Duration waited =
        Duration.between(
            concern.submittedAt(),
            concern.decision() == null ? clock.instant() : concern.decision().decidedAt());
    model.addAttribute("waited", durations.describe(waited));
    model.addAttribute(
        "overdue", concern.awaitingDecision() && waited.compareTo(properties.highlightAfter()) > 0);
    model.addAttribute("candidates", found);
    model.addAttribute("outcomes", ScreeningOutcome.values());
    model.addAttribute("languageChildAge", language.context(ConcernForm.from(concern)).childAge());
    return "intake/screening-concern";
  }
}
