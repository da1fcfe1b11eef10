package uk.harbour.cases.voice;

import java.time.Clock;
import java.time.LocalDate;
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
import uk.harbour.accesscontrol.CurrentUser;
import uk.harbour.cases.CaseId;
import uk.harbour.people.Children;
import uk.harbour.shared.DisplayDates;

/** The young person's voice: the list and recording a new entry. */
@Controller
class VoiceController {

  private final Voice voice;
  private final Children children;
  private final CurrentUser currentUser;
  private final Clock clock;

  VoiceController(Voice voice, Children children, CurrentUser currentUser, Clock clock) {
    this.voice = voice;
    this.children = children;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @InitBinder("voiceForm")
  void fields(WebDataBinder binder) {
    binder.setAllowedFields(
        "entryId",
        "theirWords",
        "saidDay",
        "saidMonth",
        "saidYear",
        "howGathered",
        "gatheredBy",
        "consentToRecord",
        "consentToShare",
        "safetyInTheirWords",
        "safetyRating",
        "wishesAboutSharing");
  }

  @GetMapping("/cases/{caseId}/voice")
  String list(@PathVariable String caseId, Model model) {
    Voice.Listing listing = voice.list(CaseId.parse(caseId));
    model.addAttribute("listing", listing);
    model.addAttribute("caseId", caseId);
    model.addAttribute("child", children.view(listing.theCase().child()));
    return "cases/voice/voice";
  }

  @GetMapping("/cases/{caseId}/voice/new")
  String newEntry(@PathVariable String caseId, Model model) {
    VoiceForm form = new VoiceForm();
    form.setGatheredBy(currentUser.require().displayName());
    model.addAttribute("voiceForm", form);
    return formPage(caseId, model);
  }

  @PostMapping("/cases/{caseId}/voice/new")
  String add(
      @PathVariable String caseId,
      @ModelAttribute("voiceForm") VoiceForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CaseId id = CaseId.parse(caseId);
    form.validate(result, LocalDate.now(clock.withZone(DisplayDates.ZONE)));
    if (form.id() == null) {
      form.setEntryId(UUID.randomUUID().toString());
    }
    if (result.hasErrors()) {
      return formPage(caseId, model);
    }
    voice.add(id, form.id(), form);
    redirect.addFlashAttribute("voiceMessage", "cases.voice.added");
    return "redirect:/cases/" + id + "/voice";
  }

  private String formPage(String caseId, Model model) {
    var theCase = voice.caseFor(CaseId.parse(caseId));
    model.addAttribute("caseId", caseId);
    model.addAttribute("child", children.view(theCase.child()));
    model.addAttribute("ways", HowGathered.values());
    model.addAttribute("consents", Consent.values());
    return "cases/voice/form";
  }
}
