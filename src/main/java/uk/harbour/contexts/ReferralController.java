package uk.harbour.contexts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import uk.harbour.contexts.Kinds.ContextKind;
import uk.harbour.contexts.Kinds.Decision;
import uk.harbour.contexts.Records.Referral;
import uk.harbour.contexts.RegisterForms.DecisionForm;
import uk.harbour.contexts.RegisterForms.ReferralForm;
import uk.harbour.shared.RecordIds;
import uk.harbour.shared.StaleSave;

/**
 * Referrals about a context: any practitioner makes one (the screening team noticing a trend, too);
 * the contextual safeguarding lead sees those waiting and decides each.
 */
@Controller
class ReferralController {

  private final Register register;
  private final NameCheck names;
  private final ContextLanguage language;
  private final MessageSource messages;

  ReferralController(
      Register register, NameCheck names, ContextLanguage language, MessageSource messages) {
    this.register = register;
    this.names = names;
    this.language = language;
    this.messages = messages;
  }

  @InitBinder("form")
  void allowFields(WebDataBinder binder) {
    binder.setAllowedFields(ReferralForm.FIELDS);
  }

  @InitBinder("decision")
  void allowDecision(WebDataBinder binder) {
    binder.setAllowedFields(DecisionForm.FIELDS);
  }

  @GetMapping("/contexts/referrals/new")
  String newReferral(Model model) {
    model.addAttribute("form", new ReferralForm());
    model.addAttribute("kinds", ContextKind.values());
    return "contexts/referral";
  }

  @PostMapping("/contexts/referrals/new")
  String refer(
      @ModelAttribute("form") ReferralForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    ContextKind kind = Kinds.parse(ContextKind.class, form.getKind());
    if (kind == null) {
      result.rejectValue("kind", "contexts.context.error.kind");
    }
    Checks.text(result, "name", form.getName(), "contexts.context.error.name", Checks.SHORT);
    Checks.text(
        result,
        "whatNoticed",
        form.getWhatNoticed(),
        "contexts.referral.error.whatNoticed",
        Checks.LONG);
    names.reject(
        result,
        ContextReferred.RECORD_TYPE,
        Map.of(
            "name", Checks.strip(form.getName()),
            "whatNoticed", Checks.strip(form.getWhatNoticed())));
    if (result.hasErrors()) {
      model.addAttribute("kinds", ContextKind.values());
      return "contexts/referral";
    }
    register.refer(kind, form.getName().strip(), form.getWhatNoticed().strip());
    redirect.addFlashAttribute("banner", "contexts.referral.made");
    language.afterSave(
        redirect,
        Map.of(
            "whatNoticed",
            new String[] {"contexts.referral.whatNoticed", form.getWhatNoticed().strip()}),
        null,
        "/contexts");
    return "redirect:/contexts";
  }

  @GetMapping("/contexts/referrals")
  String waiting(Model model) {
    model.addAttribute("referrals", register.openReferrals());
    return "contexts/referrals";
  }

  @GetMapping("/contexts/referrals/{id}")
  String decidePage(@PathVariable String id, Model model) {
    Referral referral = register.referral(RecordIds.parse(id, ContextReferred.RECORD_TYPE));
    DecisionForm form = new DecisionForm();
    form.setVersion(referral.version());
    model.addAttribute("decision", form);
    return decisionPage(model, referral);
  }

  @PostMapping("/contexts/referrals/{id}")
  String decide(
      @PathVariable String id,
      @ModelAttribute("decision") DecisionForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    UUID referralId = RecordIds.parse(id, ContextReferred.RECORD_TYPE);
    Referral referral = register.referral(referralId);
    Decision decision = Kinds.parse(Decision.class, form.getDecision());
    ContextId into = null;
    if (decision == null) {
      result.rejectValue("decision", "contexts.decision.error.decision");
    } else if (decision == Decision.NO_FURTHER_ACTION) {
      Checks.text(
          result, "reason", form.getReason(), "contexts.decision.error.reason", Checks.LONG);
    } else if (decision == Decision.MERGE) {
      into = chosen(form.getContextId());
      if (into == null) {
        result.rejectValue("contextId", "contexts.decision.error.context");
      }
    }
    if (result.hasErrors()) {
      return decisionPage(model, referral);
    }
    ContextId context = into;
    String reason = decision == Decision.NO_FURTHER_ACTION ? form.getReason().strip() : null;
    Decision made = decision;
    ContextId[] led = new ContextId[1];
    return StaleSave.saveOrShowAgain(
        model,
        () -> led[0] = register.decide(referralId, form.getVersion(), made, reason, context),
        () -> {
          redirect.addFlashAttribute("banner", "contexts.decision.saved");
          return led[0] == null ? "redirect:/contexts/referrals" : "redirect:/contexts/" + led[0];
        },
        () -> decisionPage(model, referral));
  }

  private @Nullable ContextId chosen(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      ContextId id = ContextId.parse(raw);
      return register.exists(id) ? id : null;
    } catch (RuntimeException notAnId) {
      return null;
    }
  }

  private String decisionPage(Model model, Referral referral) {
    model.addAttribute("referral", referral);
    model.addAttribute("decisions", Decision.values());
    Map<String, String> options = new LinkedHashMap<>();
    options.put(
        "",
        messages.getMessage(
            "contexts.decision.chooseContext", null, LocaleContextHolder.getLocale()));
    register.list().forEach(c -> options.put(c.id().toString(), c.name()));
    model.addAttribute("contextOptions", options);
    return "contexts/decide";
  }
}
