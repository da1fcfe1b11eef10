package uk.harbour.contexts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import uk.harbour.accesscontrol.AgencySummary;
import uk.harbour.accesscontrol.Directory;
import uk.harbour.contexts.Records.Assessment;
import uk.harbour.contexts.Records.Context;
import uk.harbour.contexts.Records.Plan;
import uk.harbour.contexts.WorkForms.AssessmentForm;
import uk.harbour.contexts.WorkForms.ConferenceForm;
import uk.harbour.contexts.WorkForms.MeasureForm;
import uk.harbour.contexts.WorkForms.PlanForm;
import uk.harbour.contexts.WorkForms.ReviewForm;
import uk.harbour.shared.StaleSave;

/**
 * The lead's forms on a context: the assessment, a conference, the plan, a measure and a review.
 * Every text is refused if it names a child, then checked by the language guide after the save.
 */
@Controller
class WorkController {

  private final ContextWork work;
  private final Register register;
  private final NameCheck names;
  private final ContextLanguage language;
  private final Directory directory;

  WorkController(
      ContextWork work,
      Register register,
      NameCheck names,
      ContextLanguage language,
      Directory directory) {
    this.work = work;
    this.register = register;
    this.names = names;
    this.language = language;
    this.directory = directory;
  }

  @InitBinder("assessment")
  void assessmentFields(WebDataBinder binder) {
    binder.setAllowedFields(AssessmentForm.FIELDS);
  }

  @InitBinder("conference")
  void conferenceFields(WebDataBinder binder) {
    binder.setAllowedFields(ConferenceForm.FIELDS);
  }

  @InitBinder("plan")
  void planFields(WebDataBinder binder) {
    binder.setAllowedFields(PlanForm.FIELDS);
  }

  @InitBinder("measure")
  void measureFields(WebDataBinder binder) {
    binder.setAllowedFields(MeasureForm.FIELDS);
  }

  @InitBinder("review")
  void reviewFields(WebDataBinder binder) {
    binder.setAllowedFields(ReviewForm.FIELDS);
  }

  @GetMapping("/contexts/{id}/assessment")
  String assessmentPage(@PathVariable String id, Model model) {
    Context context = work.toChange(ContextId.parse(id));
    AssessmentForm form = new AssessmentForm();
    List<Assessment> versions = work.assessments(context.id());
    if (!versions.isEmpty()) {
      Assessment latest = versions.get(0);
      form.setStrengthsAndNeeds(latest.strengthsAndNeeds());
      form.setGuardianship(latest.guardianship());
      form.setEnvironment(latest.environment());
      form.setWhoControls(latest.whoControls());
      form.setWeighting(latest.weighting());
      form.setVersion(latest.version());
    }
    model.addAttribute("assessment", form);
    model.addAttribute("context", context);
    return "contexts/assessment";
  }

  @PostMapping("/contexts/{id}/assessment")
  String assess(
      @PathVariable String id,
      @ModelAttribute("assessment") AssessmentForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Context context = work.toChange(ContextId.parse(id));
    model.addAttribute("context", context);
    String[][] fields = {
      {"strengthsAndNeeds", form.getStrengthsAndNeeds()},
      {"guardianship", form.getGuardianship()},
      {"environment", form.getEnvironment()},
      {"whoControls", form.getWhoControls()},
      {"weighting", form.getWeighting()}
    };
    Map<String, String> typed = new LinkedHashMap<>();
    for (String[] f : fields) {
      Checks.text(result, f[0], f[1], "contexts.assessment.error." + f[0], Checks.LONG);
      typed.put(f[0], Checks.strip(f[1]));
    }
    names.reject(result, ContextChanged.RECORD_TYPE, typed);
    if (result.hasErrors()) {
      return "contexts/assessment";
    }
    String[] words = typed.values().toArray(new String[0]);
    return StaleSave.saveOrShowAgain(
        model,
        () -> work.assess(context.id(), form.getVersion(), words),
        () -> saved(redirect, context, "contexts.assessment.saved", typed, "contexts.assessment."),
        () -> {
          form.setVersion(work.assessments(context.id()).get(0).version());
          return "contexts/assessment";
        });
  }

  @GetMapping("/contexts/{id}/conferences/new")
  String conferencePage(@PathVariable String id, Model model) {
    model.addAttribute("conference", new ConferenceForm());
    return conferencePage(model, work.toChange(ContextId.parse(id)));
  }

  @PostMapping("/contexts/{id}/conferences/new")
  String confer(
      @PathVariable String id,
      @ModelAttribute("conference") ConferenceForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Context context = work.toChange(ContextId.parse(id));
    LocalDate heldOn =
        Checks.date(
            result,
            "heldOn",
            form.getHeldOn(),
            "contexts.conference.error.heldOn",
            register.today());
    Set<String> agencies = agencies();
    List<String> invitees = new ArrayList<>(new TreeSet<>(form.getInvitees()));
    if (invitees.isEmpty()) {
      result.rejectValue("invitees", "contexts.conference.error.invitees");
    } else if (!agencies.containsAll(invitees)) {
      result.rejectValue("invitees", "contexts.conference.error.invitees");
    }
    Checks.text(
        result, "minutes", form.getMinutes(), "contexts.conference.error.minutes", Checks.LONG);
    Checks.text(
        result,
        "decisions",
        form.getDecisions(),
        "contexts.conference.error.decisions",
        Checks.LONG);
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("minutes", Checks.strip(form.getMinutes()));
    typed.put("decisions", Checks.strip(form.getDecisions()));
    names.reject(result, ContextChanged.RECORD_TYPE, typed);
    if (result.hasErrors()) {
      return conferencePage(model, context);
    }
    work.confer(context.id(), heldOn, invitees, typed.get("minutes"), typed.get("decisions"));
    return saved(redirect, context, "contexts.conference.saved", typed, "contexts.conference.");
  }

  @GetMapping("/contexts/{id}/plan")
  String planPage(@PathVariable String id, Model model) {
    Context context = work.toChange(ContextId.parse(id));
    PlanForm form = new PlanForm();
    Plan plan = work.plan(context.id()).orElse(null);
    if (plan != null) {
      form.setGoals(plan.goals());
      form.setResponses(plan.responses());
      form.setVersion(plan.version());
    }
    model.addAttribute("plan", form);
    model.addAttribute("context", context);
    return "contexts/plan";
  }

  @PostMapping("/contexts/{id}/plan")
  String savePlan(
      @PathVariable String id,
      @ModelAttribute("plan") PlanForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Context context = work.toChange(ContextId.parse(id));
    model.addAttribute("context", context);
    Checks.text(result, "goals", form.getGoals(), "contexts.plan.error.goals", Checks.LONG);
    Checks.text(
        result, "responses", form.getResponses(), "contexts.plan.error.responses", Checks.LONG);
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("goals", Checks.strip(form.getGoals()));
    typed.put("responses", Checks.strip(form.getResponses()));
    names.reject(result, ContextChanged.RECORD_TYPE, typed);
    if (result.hasErrors()) {
      return "contexts/plan";
    }
    return StaleSave.saveOrShowAgain(
        model,
        () ->
            work.savePlan(
                context.id(), form.getVersion(), typed.get("goals"), typed.get("responses")),
        () -> saved(redirect, context, "contexts.plan.saved", typed, "contexts.plan."),
        () -> {
          form.setVersion(work.plan(context.id()).map(Plan::version).orElse(0));
          return "contexts/plan";
        });
  }

  @GetMapping("/contexts/{id}/measures/new")
  String measurePage(@PathVariable String id, Model model) {
    model.addAttribute("context", work.toChange(ContextId.parse(id)));
    model.addAttribute("measure", new MeasureForm());
    return "contexts/measure";
  }

  @PostMapping("/contexts/{id}/measures/new")
  String measure(
      @PathVariable String id,
      @ModelAttribute("measure") MeasureForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Context context = work.toChange(ContextId.parse(id));
    model.addAttribute("context", context);
    Checks.text(
        result, "measure", form.getMeasure(), "contexts.measure.error.measure", Checks.SHORT);
    LocalDate on =
        Checks.date(
            result,
            "observedOn",
            form.getObservedOn(),
            "contexts.measure.error.observedOn",
            register.today());
    Checks.text(
        result,
        "observation",
        form.getObservation(),
        "contexts.measure.error.observation",
        Checks.LONG);
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("measure", Checks.strip(form.getMeasure()));
    typed.put("observation", Checks.strip(form.getObservation()));
    names.reject(result, ContextChanged.RECORD_TYPE, typed);
    if (result.hasErrors()) {
      return "contexts/measure";
    }
    work.measure(context.id(), typed.get("measure"), on, typed.get("observation"));
    return saved(redirect, context, "contexts.measure.saved", typed, "contexts.measure.");
  }

  @GetMapping("/contexts/{id}/reviews/new")
  String reviewPage(@PathVariable String id, Model model) {
    model.addAttribute("context", work.toChange(ContextId.parse(id)));
    model.addAttribute("review", new ReviewForm());
    return "contexts/review";
  }

  @PostMapping("/contexts/{id}/reviews/new")
  String review(
      @PathVariable String id,
      @ModelAttribute("review") ReviewForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Context context = work.toChange(ContextId.parse(id));
    model.addAttribute("context", context);
    LocalDate on =
        Checks.date(
            result,
            "reviewedOn",
            form.getReviewedOn(),
            "contexts.review.error.reviewedOn",
            register.today());
    Checks.text(result, "summary", form.getSummary(), "contexts.review.error.summary", Checks.LONG);
    Map<String, String> typed = Map.of("summary", Checks.strip(form.getSummary()));
    names.reject(result, ContextChanged.RECORD_TYPE, typed);
    if (result.hasErrors()) {
      return "contexts/review";
    }
    work.review(context.id(), on, typed.get("summary"));
    return saved(redirect, context, "contexts.review.saved", typed, "contexts.review.");
  }

  private String saved(
      RedirectAttributes redirect,
      Context context,
      String banner,
      Map<String, String> typed,
      String labelPrefix) {
    redirect.addFlashAttribute("banner", banner);
    Map<String, String[]> fields = new LinkedHashMap<>();
    typed.forEach((name, text) -> fields.put(name, new String[] {labelPrefix + name, text}));
    language.afterSave(redirect, fields, null, "/contexts/" + context.id());
    return "redirect:/contexts/" + context.id();
  }

  private String conferencePage(Model model, Context context) {
    model.addAttribute("context", context);
    model.addAttribute("agencies", agencies());
    return "contexts/conference";
  }

  private Set<String> agencies() {
    Set<String> names = new TreeSet<>();
    for (AgencySummary agency : directory.agencies()) {
      if (agency.active()) {
        names.add(agency.name());
      }
    }
    return names;
  }
}
