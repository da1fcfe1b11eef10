package uk.harbour.disruption;

import java.time.LocalDate;
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
import uk.harbour.shared.DateInput;

/** Recording a breach of a disruption activity: when, what happened and what followed. */
@Controller
class BreachController {

  private final Activities activities;
  private final ActivityLanguage language;

  BreachController(Activities activities, ActivityLanguage language) {
    this.activities = activities;
    this.language = language;
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields(
        "occurredOn.day", "occurredOn.month", "occurredOn.year", "whatHappened", "followed");
  }

  @GetMapping("/disruption/{id}/breaches/new")
  String newBreach(@PathVariable String id, Model model) {
    model.addAttribute("activity", activities.toChange(DisruptionId.parse(id)));
    model.addAttribute("form", new BreachForm());
    return page(model);
  }

  @PostMapping("/disruption/{id}/breaches/new")
  String add(
      @PathVariable String id,
      @ModelAttribute("form") BreachForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Activity activity = activities.toChange(DisruptionId.parse(id));
    model.addAttribute("activity", activity);
    FormChecks.date(
        result, "occurredOn", form.getOccurredOn().parts(), "disruption.breach.error.occurredOn");
    LocalDate on = form.getOccurredOn().date();
    if (on != null && on.isAfter(activities.today())) {
      result.rejectValue("occurredOn", "disruption.breach.error.future");
    }
    FormChecks.text(
        result,
        "whatHappened",
        form.getWhatHappened(),
        "disruption.breach.error.whatHappened",
        FormChecks.LONG);
    FollowUp followed = FormChecks.parse(FollowUp.class, form.getFollowed());
    if (followed == null) {
      result.rejectValue("followed", "disruption.breach.error.followed");
    }
    if (result.hasErrors()) {
      return page(model);
    }
    String whatHappened = form.getWhatHappened().strip();
    activities.addBreach(activity.id(), on, whatHappened, followed);
    redirect.addFlashAttribute("banner", "disruption.breach.saved");
    language.afterBreach(redirect, activity.id(), whatHappened);
    return "redirect:/disruption/" + activity.id();
  }

  private String page(Model model) {
    model.addAttribute("followUps", FollowUp.values());
    return "disruption/breach";
  }

  /** A breach as typed. */
  static class BreachForm {
    private DateInput occurredOn = new DateInput();
    private @Nullable String whatHappened;
    private @Nullable String followed;

    public DateInput getOccurredOn() {
      return occurredOn;
    }

    public void setOccurredOn(DateInput v) {
      occurredOn = v;
    }

    public @Nullable String getWhatHappened() {
      return whatHappened;
    }

    public void setWhatHappened(@Nullable String v) {
      whatHappened = v;
    }

    public @Nullable String getFollowed() {
      return followed;
    }

    public void setFollowed(@Nullable String v) {
      followed = v;
    }
  }
}
