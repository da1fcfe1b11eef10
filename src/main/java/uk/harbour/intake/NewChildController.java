package uk.harbour.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Stream;
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
import uk.harbour.people.ChildForm;
import uk.harbour.people.ChildIdentity;
import uk.harbour.people.Sex;
import uk.harbour.shared.DisplayDates;

/** Screening opens a new child's record from a concern's details and links the concern to it. */
@Controller
class NewChildController {

  private final Screening screening;
  private final ChildLinks links;
  private final Clock clock;

  NewChildController(Screening screening, ChildLinks links, Clock clock) {
    this.screening = screening;
    this.links = links;
    this.clock = clock;
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields(
        Stream.concat(ChildIdentity.FIELDS.stream(), Stream.of("address", "postcode", "school"))
            .toArray(String[]::new));
  }

  @GetMapping("/screening/{id}/new-child")
  String newChild(@PathVariable String id, Model model) {
    Concern concern = screening.open(ConcernAccess.parseId(id));
    if (!concern.awaitingDecision() || concern.childId() != null) {
      return "redirect:/screening/" + concern.id();
    }
    model.addAttribute("form", ChildForm.prefilled(concern.details().about().toChildDetails()));
    return page(model, concern);
  }

  @PostMapping("/screening/{id}/new-child")
  String create(
      @PathVariable String id,
      @ModelAttribute("form") ChildForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Concern concern = screening.open(ConcernAccess.parseId(id));
    form.validateDetails(result, LocalDate.ofInstant(clock.instant(), DisplayDates.ZONE));
    if (result.hasErrors()) {
      return page(model, concern);
    }
    if (links.linkNew(concern.id(), form.toDetails()) == ChildLinks.Result.LINKED) {
      redirect.addFlashAttribute("created", true);
    }
    return "redirect:/screening/" + concern.id();
  }

  private String page(Model model, Concern concern) {
    model.addAttribute("concern", concern);
    model.addAttribute("sexes", Sex.values());
    return "intake/screening-new-child";
  }
}
